#!/usr/bin/env python3
"""Writes a plan of 100 phases × 100 tasks that carries the chart's date marks (benchmark
tooling): long phase names (wrapped labels), a deadline on every 17th task (most of them
missed), named holidays and make-up days (the header's lane), 24 roles. For timing the HTML
page with the marks of issue #13 (docs/benchmarks.md); seeded, so every run writes the same.

usage: gen-marks-plan.py > plan-marks10k.yaml
"""
import random
import sys


def main():
    random.seed(7)
    out = ["cycleplan: 1", "id: marks10k", "title: 10k 任务基准（截止日与节假日）", "start: 2026-03-02", "calendar:", "  holidays:",
           '    - {date: "2026-05-01..2026-05-05", name: 劳动节}', '    - {date: "2026-10-01..2026-10-07", name: 国庆节}',
           '  workdays: ["2026-05-09", "2026-10-10"]', "roles:"]
    out += [f"  r{r}: {{name: 角色{r}}}" for r in range(24)]
    out.append("phases:")
    for p in range(100):
        out.append(f"  - id: p{p}\n    name: 阶段 {p}：一个很长的阶段名称，用来检查标签列加宽到上限之后能否换成两行完整显示\n    tasks:")
        for t in range(100):
            extra = (f", after: t{p}_{t - 1}" if t else "") + (", deadline: 2026-04-15" if t % 17 == 0 else "")
            out.append(f"      - {{id: t{p}_{t}, name: 任务 {p}-{t} 准备与执行, role: r{(p + t) % 24}, duration: {random.randint(1, 3)}d{extra}}}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
