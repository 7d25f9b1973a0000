#!/usr/bin/env python3
"""The metrics store at the issue's sizes (docs/benchmarks.md, section 5), with a release build.

    store-bench.py CYCLEPLAN WORK [RUNS]

1. `actuals import` of a 2,500,000-row wide CSV (4 metrics: 10,000,000 observations, the
   store's rows) into a new SQLite store (gen-actuals.py: 1,000 days × 2,500 stores);
2. `review plans/cycle.yaml --store` from that store, RUNS times;
3. the same review from a store of 1,000,000 observations (100 days × 2,500 stores: the same
   December rows), for peak memory against the store's size;
4. (PARTS=postgres, with CYCLEPLAN_TEST_POSTGRES_URL set) `actuals import` of part 3's
   1,000,000 observations into a new PostgreSQL store (schema `bench_store`), then the review
   from it, RUNS times;
5. with CYCLEPLAN_TEST_POSTGRES_URL set (scripts/postgres.sh start), the review of
   plans/cycle.yaml from the warehouse table gen-warehouse.sql made in schema `bench`
   (WAREHOUSE_SCHEMA), RUNS times.

Each command is timed alone: wall time, CPU time (user + sys, from wait4 of that child) and
peak RSS; medians over the runs, with the load average when it ran — the machine is shared.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = os.path.join(HERE, "..", "plans", "cycle.yaml")


def timed(command, env=None):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(command)}\n{error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def server_cpu():
    """CPU seconds of the PostgreSQL server's finished backends (the postmaster reaps them, so
    their user + sys time adds up in its cutime + cstime); None without CYCLEPLAN_PG_DIR."""
    folder = os.environ.get("CYCLEPLAN_PG_DIR")
    if not folder:
        return None
    with open(os.path.join(folder, "data", "postmaster.pid")) as f:
        pid = f.readline().strip()
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def report(label, command, runs, env=None, server=False):
    results, servers = [], []
    for _ in range(runs):
        before = server_cpu() if server else None
        results.append(timed(command, env))
        if before is not None:
            time.sleep(0.2)  # the backend ends after the client closes the connection
            servers.append(server_cpu() - before)
    walls, cpus, rss = zip(*results)
    extra = f", server CPU median {statistics.median(servers):.2f} s" if servers else ""
    print(f"{label}: wall median {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f}), "
          f"CPU median {statistics.median(cpus):.2f} s{extra}, peak RSS {max(rss):.0f} MB, runs {runs}, "
          f"load {os.getloadavg()[0]:.1f}", flush=True)


def store(cycleplan, work, days, stores, runs, import_runs=1):
    csv = os.path.join(work, f"actuals-{days}x{stores}.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(HERE, "gen-actuals.py"), "csv", csv, str(days), str(stores)], check=True)
    observations = days * stores * 4
    path = os.path.join(work, f"store-{days}x{stores}", "metrics.sqlite")
    for _ in range(import_runs):
        shutil.rmtree(os.path.dirname(path), ignore_errors=True)
        report(f"actuals import, {days * stores:,} rows ({observations:,} observations) into a new SQLite store",
               [cycleplan, "actuals", "import", csv, "--plan", PLAN, "--store", path], 1)
    print(f"  store size {os.path.getsize(path) / 1e6:,.0f} MB")
    report(f"review plans/cycle.yaml --store, {observations:,} observations", [cycleplan, "review", PLAN, "--store", path,
           "--format", "json", "-o", os.path.join(work, "review.json")], runs)


def postgres_store(cycleplan, work, days, stores, runs):
    url = os.environ.get("CYCLEPLAN_TEST_POSTGRES_URL")
    if not url:
        print("(no CYCLEPLAN_TEST_POSTGRES_URL: the PostgreSQL store is skipped)")
        return
    csv = os.path.join(work, f"actuals-{days}x{stores}.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(HERE, "gen-actuals.py"), "csv", csv, str(days), str(stores)], check=True)
    schema = os.environ.get("STORE_SCHEMA", "bench_store")
    # psql knows neither password_env nor the other parameters of the tool's URL.
    psql_env = dict(os.environ, PGPASSWORD=os.environ.get("CYCLEPLAN_TEST_POSTGRES_PASSWORD", ""))
    subprocess.run(["psql", url.split("?")[0], "-q", "-c", f"DROP SCHEMA IF EXISTS {schema} CASCADE"], check=True, env=psql_env)
    store_url = url + ("&" if "?" in url else "?") + f"schema={schema}"
    report(f"actuals import, {days * stores:,} rows ({days * stores * 4:,} observations) into a new PostgreSQL store",
           [cycleplan, "actuals", "import", csv, "--plan", PLAN, "--store", store_url], 1, server=True)
    report(f"review plans/cycle.yaml --store postgres, {days * stores * 4:,} observations",
           [cycleplan, "review", PLAN, "--store", store_url, "--format", "json", "-o", os.path.join(work, "review-pg.json")], runs, server=True)


def warehouse(cycleplan, work, runs):
    url = os.environ.get("CYCLEPLAN_TEST_POSTGRES_URL")
    if not url:
        print("(no CYCLEPLAN_TEST_POSTGRES_URL: the PostgreSQL warehouse review is skipped)")
        return
    schema = os.environ.get("WAREHOUSE_SCHEMA", "bench")
    folder = os.path.join(work, "warehouse-plan")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "..", "plans", "shared"), os.path.join(folder, "shared"))
    with open(PLAN, encoding="utf-8") as f:
        text = f.read()
    plan = os.path.join(folder, "cycle.yaml")
    with open(plan, "w", encoding="utf-8") as f:
        f.write(text + f"""
actuals:
  source: "{url}"
  schema: {schema}
  table: dws_private_domain_daily
  date: stat_date
  columns: {{new_adds: new_adds, visitors: visitors, orders_new: orders_new, gmv_new: gmv_new}}
  dimensions: {{store_name: 门店, grp: 分组}}
""")
    report(f"review plans/cycle.yaml from the warehouse table {schema}.dws_private_domain_daily",
           [cycleplan, "review", plan, "--format", "json", "-o", os.path.join(work, "review-warehouse.json")], runs, server=True)


def main():
    cycleplan, work = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    os.makedirs(work, exist_ok=True)
    parts = os.environ.get("PARTS", "sqlite,small,warehouse").split(",")
    if "sqlite" in parts:
        store(cycleplan, work, 1000, 2500, runs)
    if "small" in parts:
        store(cycleplan, work, 100, 2500, runs)
    if "postgres" in parts:
        postgres_store(cycleplan, work, 100, 2500, runs)
    if "warehouse" in parts:
        warehouse(cycleplan, work, runs)


if __name__ == "__main__":
    main()
