import type { ReactNode } from 'react';

// The four lists on the catalogue screen (products, categories, choice groups, discount
// reasons) share one table shape: a hidden caption, named columns, and a Change button last.

export function CatalogueTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="table catalogue-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** "Change", read out as "Change Latte". */
export function ChangeButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <td>
      <button type="button" className="button button-secondary" onClick={onClick}>
        Change<span className="visually-hidden"> {name}</span>
      </button>
    </td>
  );
}
