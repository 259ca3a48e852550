// The rejected rows of an import, a page at a time (a file can have 10,000 of them).
import { useState } from 'react';
import { Pager, pageOf } from './pager.tsx';

const PER_PAGE = 100;

export function RejectedRows({ rows }: { rows: { record: string; field: string; reason: string }[] }) {
  const [page, setPage] = useState(1);
  return (
    <>
      <table className="rejections">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Field</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {pageOf(rows, page, PER_PAGE).map((x, i) => (
            <tr key={`${x.record}-${i}`}>
              <td>{x.record}</td>
              <td>
                <code>{x.field}</code>
              </td>
              <td>{x.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} perPage={PER_PAGE} total={rows.length} onPage={setPage} label="rejected rows" />
    </>
  );
}
