import type { RotaConflict, RotaWeek, Shift } from '../../shared/contract/index.ts';
import { conflictLabels, gridRows, shiftStatus, shiftTimes, type GridRow, type RotaView } from './grid.ts';
import { dayInWords, dayShort } from './week.ts';

interface RotaGridProps {
  week: RotaWeek;
  view: RotaView;
  today: string;
  conflicts: Map<string, RotaConflict[]>;
  onOpen: (shift: Shift) => void;
  onAdd: (day: string, row: GridRow) => void;
}

function ShiftCard({ shift, view, conflicts, onOpen }: { shift: Shift; view: RotaView; conflicts: RotaConflict[]; onOpen: () => void }) {
  const status = shiftStatus(shift);
  const who =
    view === 'stations' ? (
      shift.trainee ? (
        <span className="rota-shift-who">{shift.trainee.displayName}</span>
      ) : (
        <span className="rota-shift-who rota-shift-open">Open shift</span>
      )
    ) : (
      <span className="rota-shift-who">{shift.station?.name ?? 'No station'}</span>
    );
  return (
    <button type="button" className={`rota-shift rota-shift-${status.key}${conflicts.length > 0 ? ' rota-shift-conflict' : ''}`} onClick={onOpen} data-shift={shift.id}>
      <span className="rota-shift-times">{shift.start !== null && shift.end !== null ? `${shift.start}–${shift.end}` : shiftTimes(shift)}</span>
      {shift.endsNextDay ? <span>Ends next day</span> : null}
      {who}
      {shift.supervisor ? <span>Supervisor: {shift.supervisor.displayName}</span> : null}
      <span className="rota-shift-tag">{status.label}</span>
      {[...new Set(conflicts.map((c) => c.kind))].map((kind) => (
        <span key={kind} className="rota-shift-flag">
          <span aria-hidden="true">⚠ </span>
          {conflictLabels[kind]}
        </span>
      ))}
    </button>
  );
}

/** The week: days across, stations (or people) down, each shift a card that opens its details. */
export function RotaGrid({ week, view, today, conflicts, onOpen, onAdd }: RotaGridProps) {
  const rows = gridRows(week, view);
  return (
    <div className="rota-grid-wrap">
      <table className="rota-grid">
        <caption className="visually-hidden">
          Shifts in the week of {dayInWords(week.weekStart, true)}: days across, {view === 'stations' ? 'stations' : 'people'} down.
        </caption>
        <thead>
          <tr>
            <th scope="col">{view === 'stations' ? 'Station' : 'Person'}</th>
            {week.days.map((day) => (
              <th key={day} scope="col" className={day === today ? 'rota-today-col' : undefined}>
                {dayShort(day)}
                {day === today ? <span className="rota-today">Today</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const canAdd = view === 'stations' ? row.stationId !== null : row.key === 'open' || row.traineeId !== null;
            return (
              <tr key={row.key}>
                <th scope="row">
                  {row.label}
                  {row.note ? <span className="rota-row-note">{row.note}</span> : null}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.day} className={cell.day === today ? 'rota-today-col' : undefined}>
                    <div className="rota-cell">
                      {cell.shifts.map((shift) => (
                        <ShiftCard key={shift.id} shift={shift} view={view} conflicts={conflicts.get(shift.id) ?? []} onOpen={() => onOpen(shift)} />
                      ))}
                      {canAdd ? (
                        <button type="button" className="button button-secondary rota-add" onClick={() => onAdd(cell.day, row)}>
                          Add<span className="visually-hidden"> a shift: {row.label}, {dayInWords(cell.day)}</span>
                        </button>
                      ) : null}
                    </div>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
