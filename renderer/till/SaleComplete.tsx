import { useState } from 'react';
import type { Sale } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { ScreenHeading } from '../components/feedback.tsx';
import { PrintButton } from '../hardware/PrintButton.tsx';
import { receiptPrinterFacts } from '../hardware/printerWords.ts';
import { usePrinterStatus } from '../hardware/usePrinterStatus.ts';
import { receiptText } from './receiptText.ts';

/** After the core has written the sale: its receipt number and the change, as the core worked them out. */
export function SaleComplete({ sale, cafeName, onNext }: { sale: Sale; cafeName: string; onNext: () => void }) {
  const { call } = useApp();
  const [showReceipt, setShowReceipt] = useState(false);
  const printer = receiptPrinterFacts(usePrinterStatus());
  const title = sale.practice ? 'Practice sale complete' : 'Sale complete';
  return (
    <div className="screen sale-complete">
      <ScreenHeading title={title}>{title}</ScreenHeading>
      <p className="lead">{sale.receiptNumber !== null ? <>Receipt number <strong className="receipt-number">{sale.receiptNumber}</strong></> : 'Practice sales have no receipt number.'}</p>
      <p className="change-big change-final">
        {sale.changePence > 0 ? (
          <>
            Give change <strong>{formatPence(sale.changePence)}</strong>
          </>
        ) : (
          'No change to give.'
        )}
      </p>
      <p>
        Total {formatPence(sale.totalPence)}, paid {sale.payments.map((p) => `${p.tender === 'card' ? 'card' : 'cash'} ${formatPence(p.amountPence)}`).join(' and ') || 'nothing'}.
      </p>
      {/* Printing is never in the way: the sale is done whatever the printer is doing. */}
      {!sale.practice && printer.setUp && printer.printEverySale ? (
        <p className="receipt-printing" role="status">
          {printer.away ? 'The receipt will print when the printer is back.' : 'Receipt printing.'}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-pay" onClick={onNext}>
          Next customer
        </button>
        {!sale.practice && printer.setUp && !printer.printEverySale ? <PrintButton label="Print receipt" print={() => call('printing.receipt', { entryId: sale.id })} className="button button-secondary button-large" /> : null}
        <button type="button" className="button button-secondary button-large" aria-expanded={showReceipt} onClick={() => setShowReceipt((v) => !v)}>
          {showReceipt ? 'Hide receipt' : 'Show receipt'}
        </button>
      </div>
      {showReceipt ? (
        <pre className="receipt" aria-label="Receipt">
          {receiptText(sale, cafeName)}
        </pre>
      ) : null}
    </div>
  );
}
