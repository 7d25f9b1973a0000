#!/usr/bin/env python3
"""DuckDB's side of Benchmarks/review-vs-duckdb.sh: read the generated actuals CSV with
`read_csv` and group it, in one process whose time and peak memory the script measures.

    review-vs-duckdb.py FILE day|key

`day`: the four metrics summed per day and A/B group (what the review's totals need);
`key`: per day, store and group, one row per (metric, date, dimension values) key, which is
what the review keeps. The numbers are parsed as the review parses them ("1,234",
"¥1,234.56", dates like 2026/12/1), so both sides read every cell. Prints the groups, the
sum of new_adds (a check both sides agree on the data) and the query's own time.
"""
import sys
import time

import duckdb

path, grain = sys.argv[1], sys.argv[2]
keys = "day, 分组" if grain == "day" else "day, 门店, 分组"
started = time.perf_counter()
rows = duckdb.sql(f"""
    SELECT count(*) AS groups, sum(adds) AS adds, sum(visitors) AS visitors, sum(orders) AS orders, sum(gmv) AS gmv FROM (
      SELECT {keys},
             sum(新增好友) AS adds,
             sum(replace(新客访客数, ',', '')::BIGINT) AS visitors,
             sum(新客订单数) AS orders,
             sum(replace(replace(新客成交额, '¥', ''), ',', '')::DOUBLE) AS gmv
      FROM (SELECT *, strptime(日期, '%Y/%-m/%-d')::DATE AS day
            FROM read_csv('{path}', header = true, all_varchar = false,
                          types = {{'日期': 'VARCHAR', '新客访客数': 'VARCHAR', '新客成交额': 'VARCHAR'}}))
      GROUP BY {keys})
""").fetchall()
elapsed = time.perf_counter() - started
groups, adds, visitors, orders, gmv = rows[0]
print(f"duckdb {grain}: {groups} groups, new_adds {adds}, visitors {visitors}, orders {orders}, gmv {gmv:.2f}; query {elapsed:.3f} s")
