import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

/** Counts the SQL statements the API makes through TypeORM (in this process), until restored. */
export function countStatements() {
  const original = PostgresQueryRunner.prototype.query;
  const counter = {
    count: 0,
    restore: () => {
      PostgresQueryRunner.prototype.query = original;
    },
  };
  PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: any[]) {
    counter.count++;
    return (original as any).apply(this, args);
  } as typeof original;
  return counter;
}
