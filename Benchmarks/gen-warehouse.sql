-- A warehouse table of daily metrics for the warehouse review benchmark (docs/benchmarks.md,
-- section 5): DAYS days ending 2027-01-09 (plans/cycle.yaml reviews December 2026) × STORES
-- stores, in two coupon groups, four metric columns named as the plan's metrics. Generated in
-- the server (INSERT … SELECT generate_series), deterministic, then indexed on the date as a
-- warehouse table is (or partitioned by it).
--   psql -v days=1000 -v stores=12500 -v schema=bench -f gen-warehouse.sql
DROP SCHEMA IF EXISTS :"schema" CASCADE;
CREATE SCHEMA :"schema";
SET search_path TO :"schema";
CREATE UNLOGGED TABLE dws_private_domain_daily (
    stat_date date NOT NULL,
    store_name text NOT NULL,
    grp text NOT NULL,
    new_adds integer,
    visitors integer,
    orders_new integer,
    gmv_new numeric(12, 2)
);
INSERT INTO dws_private_domain_daily
SELECT DATE '2027-01-09' - d, '门店' || s, CASE WHEN s % 2 = 0 THEN 'A' ELSE 'B' END,
       10 + (d * 31 + s * 17) % 81, 1000 + (d * 7 + s * 13) % 9000, 1 + (d * 3 + s * 11) % 50,
       100 + ((d::bigint * 7919 + s::bigint * 104729) % 890000) / 100.0
FROM generate_series(0, :days - 1) AS d, generate_series(0, :stores - 1) AS s;
CREATE INDEX dws_private_domain_daily_by_date ON dws_private_domain_daily (stat_date);
ANALYZE dws_private_domain_daily;
SELECT count(*) AS rows, pg_size_pretty(pg_total_relation_size('dws_private_domain_daily')) AS size FROM dws_private_domain_daily;
