import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { Catalogue, HeldOrder, Product, Sale, SignedInStaff } from '../../shared/contract/index.ts';
import { checkBarcode } from '../../shared/till/barcode.ts';
import type { DiscountDraft } from '../../shared/till/basket.ts';
import { indexCatalogue, priceBasket } from '../../shared/till/pricing.ts';
import { useApp, useSession } from '../app/AppContext.tsx';
import { hrefFor, mayOpen } from '../app/routes.ts';
import { createAuthoriser } from '../components/authorise.ts';
import { AuthoriseDialog } from '../components/AuthoriseDialog.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { PrinterIndicator } from '../hardware/PrinterIndicator.tsx';
import { useScans } from '../scanning/useScans.ts';
import {
  addItem,
  clearBasket,
  createBasketStore,
  loadBasket,
  newClientRef,
  renewClientRef,
  setLineDiscount,
  setOrderDiscount,
  startNewSale,
  toDraft,
  type NewItem,
} from './basketStore.ts';
import { BasketPanel } from './BasketPanel.tsx';
import { ChoicesDialog } from './ChoicesDialog.tsx';
import { DiscountDialog } from './DiscountDialog.tsx';
import { HeldOrdersDialog, HoldDialog } from './HeldOrders.tsx';
import { keepTill, KEPT_TILL_KEY, restoreTill } from './keepBasket.ts';
import { PaymentPanel } from './PaymentPanel.tsx';
import { createPaymentStore, noPayments } from './paymentStore.ts';
import { CategoryTabs, ProductGrid, tabId } from './ProductGrid.tsx';
import { SaleComplete } from './SaleComplete.tsx';
import { useFillViewport } from './useFillViewport.ts';
import { useCashSession, useTillState } from './useTillStatus.ts';
import './till.css';

type Mode = 'sell' | 'pay' | 'done';
type Dialogs = { kind: 'choices'; product: Product } | { kind: 'discount'; lineKey: string | null } | { kind: 'hold' } | { kind: 'held' } | null;

const NOT_ANSWERING_ON_PAY = 'Apron did not answer, so the sale may not have gone through. Press Complete sale again: the customer will not be charged twice.';

function readKept(): string | null {
  try {
    return window.sessionStorage.getItem(KEPT_TILL_KEY);
  } catch {
    return null;
  }
}

function writeKept(text: string | null): void {
  try {
    if (text) window.sessionStorage.setItem(KEPT_TILL_KEY, text);
    else window.sessionStorage.removeItem(KEPT_TILL_KEY);
  } catch {
    // Storage switched off: the basket lives only as long as the screen.
  }
}

export function TillScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const cafeName = useSession((s) => s.cafe?.name ?? 'Apron');
  const [kept] = useState(() => restoreTill(readKept()));
  const [basket] = useState(() => createBasketStore(newClientRef, kept?.basket));
  const [payments] = useState(() => createPaymentStore(kept?.payments));
  const [authoriser] = useState(() => createAuthoriser(call));
  const { till, problem: tillProblem, setTill } = useTillState();
  const { cash } = useCashSession();

  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [catalogueProblem, setCatalogueProblem] = useState<string | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('sell');
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [sale, setSale] = useState<Sale | null>(null);
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  const [payProblem, setPayProblem] = useState<string | null>(null);
  const [barcode, setBarcode] = useState('');
  const [barcodeProblem, setBarcodeProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(kept ? 'The order from before is back in the basket.' : null);
  const [held, setHeld] = useState<HeldOrder[] | null>(null);
  const [heldProblem, setHeldProblem] = useState<string | null>(null);
  const [holding, setHolding] = useState(false);
  const [practiceBusy, setPracticeBusy] = useState(false);
  const [practiceProblem, setPracticeProblem] = useState<string | null>(null);
  const [totalPence, setTotalPence] = useState(0);
  const bodyRef = useRef<HTMLDivElement>(null);
  const basketEmpty = useStore(basket, (s) => s.lines.length === 0);

  // Keep the order through an idle lock or a reload (written after the tap, not during it).
  useEffect(() => {
    let pending: number | undefined;
    const save = () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => writeKept(keepTill(basket.getState(), payments.getState())), 0);
    };
    const stopBasket = basket.subscribe(save);
    const stopPayments = payments.subscribe(save);
    return () => {
      stopBasket();
      stopPayments();
      window.clearTimeout(pending);
      writeKept(keepTill(basket.getState(), payments.getState()));
    };
  }, [basket, payments]);

  const [catalogueLoads, setCatalogueLoads] = useState(0);
  const [heldLoads, setHeldLoads] = useState(0);
  const loadCatalogue = useCallback(() => setCatalogueLoads((n) => n + 1), []);
  const loadHeld = useCallback(() => setHeldLoads((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void call('catalogue.get', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setCatalogue(r.value);
        setCatalogueProblem(null);
        setCategoryId((id) => (id && r.value.categories.some((c) => c.id === id) ? id : (r.value.categories[0]?.id ?? null)));
      } else setCatalogueProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, catalogueLoads]);

  useEffect(() => {
    let live = true;
    void call('sales.listHeld', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setHeld(r.value);
        setHeldProblem(null);
      } else setHeldProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, heldLoads]);

  const index = useMemo(() => (catalogue ? indexCatalogue(catalogue) : null), [catalogue]);
  const productsByCategory = useMemo(() => {
    const map = new Map<string, Product[]>();
    for (const p of catalogue?.products ?? []) {
      if (!p.active) continue;
      const list = map.get(p.categoryId) ?? [];
      list.push(p);
      map.set(p.categoryId, list);
    }
    return map;
  }, [catalogue]);
  const categories = useMemo(() => (catalogue?.categories ?? []).filter((c) => c.active && productsByCategory.has(c.id)), [catalogue, productsByCategory]);
  const category = categories.find((c) => c.id === categoryId) ?? categories[0] ?? null;
  const shownProducts = useMemo(() => (category ? (productsByCategory.get(category.id) ?? []) : []), [category, productsByCategory]);
  const reasons = useMemo(() => (catalogue?.discountReasons ?? []).filter((r) => r.active), [catalogue]);

  // Taps go straight into the basket: no call to the core until the sale is paid.
  const tapProduct = useCallback(
    (product: Product) => {
      const hasChoices = product.modifierGroupIds.some((id) => (index?.groups.get(id)?.options.length ?? 0) > 0);
      if (product.openPrice || hasChoices) {
        setDialog({ kind: 'choices', product });
        return;
      }
      basket.setState((s) => addItem(s, { productId: product.id, optionIds: [], openPricePence: null }));
    },
    [basket, index],
  );

  // The scanner's handlers are long-lived; they read what is open now from these.
  const modeRef = useRef(mode);
  const dialogRef = useRef(dialog);
  useEffect(() => {
    modeRef.current = mode;
    dialogRef.current = dialog;
  }, [mode, dialog]);

  const scan = useCallback(
    async (raw: string) => {
      const code = raw.trim();
      if (modeRef.current !== 'sell' || dialogRef.current !== null) {
        setBarcodeProblem('Finish what is open first, then scan again.');
        return;
      }
      const check = checkBarcode(code);
      if (!check.ok) {
        setBarcodeProblem(check.message);
        return;
      }
      const r = await call('catalogue.findBarcode', { barcode: check.code });
      if (!r.ok) {
        setBarcodeProblem(r.error.message);
        return;
      }
      setBarcodeProblem(null);
      setBarcode('');
      tapProduct(r.value);
    },
    [call, tapProduct],
  );

  // The counter's scanners, of either kind (the supervisor's dialog takes them while open).
  useScans((scanned) => {
    if (scanned.kind === 'barcode') void scan(scanned.code);
    else setBarcodeProblem('That is a staff badge. To change who is serving, log out first.');
  });

  const submitBarcode = (e: FormEvent) => {
    e.preventDefault();
    if (barcode.trim() === '') setBarcodeProblem('Scan the barcode, or type the numbers under it.');
    else void scan(barcode);
  };

  const addChosen = useCallback(
    (item: NewItem) => {
      basket.setState((s) => addItem(s, item));
      setDialog(null);
    },
    [basket],
  );

  const openPayment = () => {
    if (!index) return;
    const priced = priceBasket(index, toDraft(basket.getState()));
    if (!priced.ok) return;
    setTotalPence(priced.value.totalPence);
    setPayProblem(null);
    setNote(null);
    setMode('pay');
  };

  const complete = async () => {
    if (sendingRef.current || !index) return;
    const state = basket.getState();
    const draft = toDraft(state);
    const priced = priceBasket(index, draft);
    if (!priced.ok) {
      setPayProblem(priced.error.message);
      return;
    }
    sendingRef.current = true;
    setSending(true);
    setPayProblem(null);
    const r = await authoriser.call('sales.complete', {
      clientRef: state.clientRef,
      basket: draft,
      payments: payments.getState().parts,
      expectedTotalPence: priced.value.totalPence,
    });
    sendingRef.current = false;
    setSending(false);
    if (r.ok) {
      setSale(r.value);
      basket.setState((s) => startNewSale(s, newClientRef()));
      payments.setState(noPayments);
      setMode('done');
      return;
    }
    const e = r.error;
    if (e.code === 'unavailable') setPayProblem(NOT_ANSWERING_ON_PAY);
    else setPayProblem(e.message);
    if (e.field === 'expectedTotalPence') loadCatalogue();
    if (e.field === 'clientRef') basket.setState((s) => renewClientRef(s, newClientRef()));
  };

  const nextCustomer = () => {
    setSale(null);
    setMode('sell');
  };

  const hold = async (label: string) => {
    setHolding(true);
    const r = await call('sales.hold', { label, basket: toDraft(basket.getState()) });
    setHolding(false);
    if (!r.ok) {
      setHeldProblem(r.error.message);
      return;
    }
    basket.setState((s) => startNewSale(s, newClientRef()));
    setDialog(null);
    setHeldProblem(null);
    setNote(`Held “${r.value.label}”. Pick it up from Held orders.`);
    loadHeld();
  };

  const pickUp = async (order: HeldOrder) => {
    const r = await call('sales.resumeHeld', { heldOrderId: order.id });
    if (!r.ok) {
      setHeldProblem(r.error.message);
      loadHeld();
      return;
    }
    basket.setState((s) => loadBasket(s, r.value.basket, newClientRef()));
    setDialog(null);
    setNote(`Picked up “${r.value.label}”.`);
    loadHeld();
  };

  const applyDiscount = (lineKey: string | null, discount: DiscountDraft | null) => {
    basket.setState((s) => (lineKey ? setLineDiscount(s, lineKey, discount) : setOrderDiscount(s, discount)));
    setDialog(null);
  };

  const setPractice = async (practice: boolean) => {
    setPracticeBusy(true);
    const r = await call('till.setPractice', { practice });
    setPracticeBusy(false);
    if (r.ok) {
      setTill(r.value);
      setPracticeProblem(null);
    } else setPracticeProblem(r.error.message);
  };

  const onLineDiscount = useCallback((lineKey: string) => setDialog({ kind: 'discount', lineKey }), []);
  const onOrderDiscount = useCallback(() => setDialog({ kind: 'discount', lineKey: null }), []);
  const onClear = useCallback(() => basket.setState((s) => clearBasket(s, newClientRef())), [basket]);
  const onShowHeld = useCallback(() => {
    setHeldProblem(null);
    setDialog({ kind: 'held' });
    loadHeld();
  }, [loadHeld]);

  const selling = mode !== 'done' && till !== null && index !== null && cash !== undefined && (till.practice || cash !== null);
  useFillViewport(bodyRef, selling);

  const authoriseDialog = <AuthoriseDialog authoriser={authoriser} staff={staff} />;

  if (mode === 'done' && sale) {
    return <SaleComplete sale={sale} cafeName={cafeName} onNext={nextCustomer} />;
  }

  const practice = till?.practice ?? false;
  const practiceSwitch = till ? (
    <div className="practice-switch">
      {/* Never switch with an order half rung up: it would be paid as the other kind of sale. */}
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={practice}
        aria-describedby={basketEmpty ? undefined : 'practice-switch-hint'}
        disabled={practiceBusy || mode !== 'sell' || !basketEmpty}
        onClick={() => void setPractice(!practice)}
      >
        {practice ? 'Stop practising' : 'Practise (not real money)'}
      </button>
      {basketEmpty ? null : (
        <span id="practice-switch-hint" className="practice-switch-hint">
          Finish this order first
        </span>
      )}
    </div>
  ) : null;

  const header = (
    <div className="till-top">
      <ScreenHeading title={practice ? 'Till (practice)' : 'Till'}>{practice ? 'Till — practice' : 'Till'}</ScreenHeading>
      <div className="till-top-actions">
        <PrinterIndicator />
        {practiceSwitch}
        <a className="button button-secondary" href={hrefFor('history')}>
          Sales history
        </a>
      </div>
    </div>
  );

  if (tillProblem || catalogueProblem) {
    return (
      <div className="till-screen">
        {header}
        <Alert>{tillProblem ?? catalogueProblem}</Alert>
      </div>
    );
  }
  if (!till || !catalogue || !index || cash === undefined) {
    return (
      <div className="till-screen">
        {header}
        <Loading what="the till" />
      </div>
    );
  }

  if (!practice && cash === null) {
    return (
      <div className="till-screen">
        {header}
        {practiceProblem ? <Alert>{practiceProblem}</Alert> : null}
        <div className="till-closed panel">
          <h2>The till is not open yet. A supervisor needs to count the float.</h2>
          {mayOpen('cash', staff.role) ? (
            <a className="button button-large" href={hrefFor('cash')}>
              Count the float
            </a>
          ) : (
            <p>Ask a supervisor to open the till. While you wait, you can practise: practice sales are not real money.</p>
          )}
        </div>
      </div>
    );
  }

  const current = dialog?.kind === 'discount' && dialog.lineKey ? basket.getState().lines.find((l) => l.key === dialog.lineKey) : undefined;
  return (
    <div className={`till-screen${practice ? ' till-practice' : ''}`}>
      {header}
      {practiceProblem ? <Alert>{practiceProblem}</Alert> : null}
      <div className="till-body" ref={bodyRef}>
        <div className="till-left">
          {mode === 'pay' ? (
            <PaymentPanel payments={payments} totalPence={totalPence} sending={sending} problem={payProblem} onComplete={() => void complete()} onBack={() => setMode('sell')} />
          ) : (
            <>
              <CategoryTabs categories={categories} selectedId={category?.id ?? null} onSelect={setCategoryId} />
              <ProductGrid products={shownProducts} colour={category?.colour ?? '#1d4f91'} labelledBy={category ? tabId(category.id) : undefined} onTap={tapProduct} />
              <form className="barcode-box" onSubmit={submitBarcode} noValidate>
                <label htmlFor="barcode" className="field-label">
                  Barcode
                </label>
                {barcodeProblem ? (
                  <p id="barcode-error" className="field-error" role="alert">
                    {barcodeProblem}
                  </p>
                ) : null}
                <div className="inline-row">
                  <input
                    id="barcode"
                    className="input"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    value={barcode}
                    onChange={(e) => setBarcode(e.target.value)}
                    {...(barcodeProblem ? { 'aria-describedby': 'barcode-error', 'aria-invalid': true } : {})}
                  />
                  <button type="submit" className="button">
                    Add by barcode
                  </button>
                </div>
              </form>
            </>
          )}
        </div>
        <BasketPanel
          basket={basket}
          index={index}
          locked={mode === 'pay'}
          heldCount={held?.length ?? 0}
          onPay={openPayment}
          onHold={() => setDialog({ kind: 'hold' })}
          onShowHeld={onShowHeld}
          onClear={onClear}
          onLineDiscount={onLineDiscount}
          onOrderDiscount={onOrderDiscount}
          note={note}
        />
      </div>

      {dialog?.kind === 'choices' ? <ChoicesDialog product={dialog.product} index={index} orderType={basket.getState().orderType} onAdd={addChosen} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'discount' ? (
        <DiscountDialog
          lineName={current ? (index.products.get(current.productId)?.name ?? 'this item') : null}
          current={current ? current.discount : basket.getState().orderDiscount}
          reasons={reasons}
          limitPercent={till.discountLimits[staff.role]}
          onApply={(d) => applyDiscount(dialog.lineKey, d)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'hold' ? <HoldDialog busy={holding} problem={heldProblem} onHold={(label) => void hold(label)} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'held' ? <HeldOrdersDialog orders={held} problem={heldProblem} basketEmpty={basketEmpty} onPickUp={(o) => void pickUp(o)} onClose={() => setDialog(null)} /> : null}
      {authoriseDialog}
    </div>
  );
}
