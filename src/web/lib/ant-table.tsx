import { Table } from 'antd';

/** antd's table as a module of its own, so lib/table.tsx can load it only where a table is drawn. */
export default Table;
