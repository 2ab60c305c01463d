import type { SignedInStaff } from '../../shared/contract/index.ts';
import { AuditScreen } from '../audit/AuditScreen.tsx';
import { AvailabilityScreen } from '../availability/AvailabilityScreen.tsx';
import { CashScreen } from '../cash/CashScreen.tsx';
import { CatalogueScreen } from '../catalogue/CatalogueScreen.tsx';
import { PracticeBanner } from '../components/PracticeBanner.tsx';
import { roleNames } from '../components/roles.ts';
import { HardwareScreen } from '../hardware/HardwareScreen.tsx';
import { HistoryScreen } from '../history/HistoryScreen.tsx';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { HoursScreen } from '../hours/HoursScreen.tsx';
import { MyHoursScreen } from '../hours/MyHoursScreen.tsx';
import { signedOut } from '../session/sessionStore.ts';
import { PracticeScreen } from '../practice/PracticeScreen.tsx';
import { ReportsScreen } from '../reports/ReportsScreen.tsx';
import { RotaScreen } from '../rota/RotaScreen.tsx';
import { useIdleLock } from '../session/useIdleLock.ts';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { MyShiftsScreen } from '../shifts/MyShiftsScreen.tsx';
import { StaffScreen } from '../staff/StaffScreen.tsx';
import { TillScreen } from '../till/TillScreen.tsx';
import { EvidenceScreen } from '../evidence/EvidenceScreen.tsx';
import { FrameworkScreen } from '../skills/FrameworkScreen.tsx';
import { MySkillsScreen } from '../skills/MySkillsScreen.tsx';
import { SkillsScreen } from '../skills/SkillsScreen.tsx';
import { MyProgressScreen } from '../trainees/MyProgressScreen.tsx';
import { TraineesScreen } from '../trainees/TraineesScreen.tsx';
import { useApp, useSession } from './AppContext.tsx';
import { NotAllowed, NotFound } from './NotAllowed.tsx';
import { mayOpen, type ParsedRoute } from './routes.ts';
import { useHashRoute } from './useHashRoute.ts';

function Screen({ route, staff }: { route: ParsedRoute; staff: SignedInStaff }) {
  if (route.name === 'unknown') return <NotFound />;
  // The core refuses these calls anyway; this keeps a trainee from even seeing the screen.
  if (!mayOpen(route.name, staff.role)) return <NotAllowed route={route.name} staff={staff} />;
  switch (route.name) {
    case 'home':
      return <HomeScreen staff={staff} />;
    case 'staff':
      return <StaffScreen staff={staff} />;
    case 'audit':
      return <AuditScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'till':
      return <TillScreen staff={staff} />;
    case 'history':
      return <HistoryScreen staff={staff} />;
    case 'catalogue':
      return <CatalogueScreen />;
    case 'cash':
      return <CashScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'practice':
      return <PracticeScreen />;
    case 'hardware':
      return <HardwareScreen />;
    case 'rota':
      return <RotaScreen staff={staff} />;
    case 'availability':
      return <AvailabilityScreen staff={staff} />;
    case 'myShifts':
      return <MyShiftsScreen staff={staff} />;
    case 'myHours':
      return <MyHoursScreen staff={staff} />;
    case 'hours':
      return <HoursScreen staff={staff} />;
    case 'skills':
      return <SkillsScreen staff={staff} />;
    case 'framework':
      return <FrameworkScreen staff={staff} />;
    case 'mySkills':
      return <MySkillsScreen staff={staff} />;
    case 'trainees':
      return <TraineesScreen staff={staff} />;
    case 'evidence':
      return <EvidenceScreen staff={staff} />;
    case 'myProgress':
      return <MyProgressScreen staff={staff} />;
  }
}

export function SignedInShell({ staff }: { staff: SignedInStaff }) {
  const { call, session } = useApp();
  const cafeName = useSession((s) => s.cafe?.name ?? 'Apron');
  const route = useHashRoute();
  useIdleLock();

  const logOut = async () => {
    await call('auth.logout', {});
    // Whatever the answer, the screen locks: that is always the safe way round.
    session.setState((s) => signedOut(s, null));
  };

  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar-left">
          <span className="topbar-cafe">{cafeName}</span>
          {route.name !== 'home' ? (
            <a className="button button-secondary" href="#/">
              Home
            </a>
          ) : null}
        </div>
        <p className="topbar-who">
          <span className="topbar-who-label">Logged in:</span> <strong>{staff.displayName}</strong> <span className="role-tag">{roleNames[staff.role]}</span>
        </p>
        <button type="button" className="button button-logout" onClick={() => void logOut()}>
          Log out
        </button>
      </header>
      <PracticeBanner />
      <main id="main" className="main">
        <Screen route={route} staff={staff} />
      </main>
    </div>
  );
}
