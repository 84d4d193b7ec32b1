/** A statement the app ran, run again under EXPLAIN (ANALYZE, BUFFERS): its time, buffers and plan's shape. */
import type { Sql, SqlParam } from '@voicetrack/edge/store/sql.ts';

export interface Statement {
  text: string;
  params: SqlParam[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Join Type'?: string;
  Plans?: PlanNode[];
}

/** The plan as its nodes, tables and indexes, without figures: what analyze may change. */
function shape(node: PlanNode): string {
  const own = [node['Node Type'], node['Join Type'], node['Relation Name'], node['Index Name']]
    .filter(Boolean)
    .join(' ');
  const children = (node.Plans ?? []).map(shape);
  return children.length === 0 ? own : `${own}(${children.join(', ')})`;
}

export interface Explained {
  ms: number;
  buffers: number;
  shape: string;
}

export async function explain(sql: Sql, s: Statement): Promise<Explained> {
  const [row] = await sql.query<{ 'QUERY PLAN': unknown }>(
    `explain (analyze, buffers, format json) ${s.text}`,
    s.params,
  );
  const raw = row?.['QUERY PLAN'];
  const [top] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [
    {
      Plan: PlanNode & { 'Shared Hit Blocks': number; 'Shared Read Blocks': number };
      'Execution Time': number;
    },
  ];
  return {
    ms: top['Execution Time'],
    buffers: top.Plan['Shared Hit Blocks'] + top.Plan['Shared Read Blocks'],
    shape: shape(top.Plan),
  };
}

export const readOnly = (s: Statement) =>
  /^\s*(select|with)\b/i.test(s.text) && !/set_config|pg_advisory/.test(s.text);
