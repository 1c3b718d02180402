/**
 * Lets a reader sort a table by any column: each column heading of a table marked `data-sortable`
 * becomes a button, and `aria-sort` says which column sorts it and which way. A cell's
 * `data-sort` holds the value to sort by (an ISO date, a number) where its text is for reading.
 * Without JavaScript the table stays in the order it was built in.
 */
export function startTableSorting(): void {
	for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
		const body = table.tBodies[0];
		const headings = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
		if (!body) continue;
		headings.forEach((heading, column) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'sort-button';
			button.append(...heading.childNodes);
			heading.append(button);
			button.addEventListener('click', () => {
				const ascending = heading.getAttribute('aria-sort') !== 'ascending';
				for (const other of headings) other.removeAttribute('aria-sort');
				heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
				const key = (row: HTMLTableRowElement) => {
					const cell = row.cells[column];
					return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
				};
				const rows = [...body.rows].sort((a, b) => {
					const [x, y] = [key(a), key(b)];
					const numbers = [Number(x), Number(y)];
					const order =
						x === ''
							? 1
							: y === ''
								? -1
								: numbers.every((n) => !Number.isNaN(n))
									? numbers[0] - numbers[1]
									: x.localeCompare(y, document.documentElement.lang);
					return ascending ? order : -order;
				});
				body.append(...rows);
			});
		});
	}
}
