"""A small tracked plan for the interop checks (test tooling): a plan, its status on
Wednesday 2027-01-06 and the baseline saved before, written into a folder."""
import subprocess

PLAN = """cycleplan: 1
id: spring
title: 春节活动
start: 2027-01-04
roles:
  design: {name: 设计, headcount: 1}
  content: {name: 内容运营, headcount: 2}
phases:
  - id: prep
    name: 筹备
    tasks:
      - {id: x, name: 素材整理, role: content, duration: 2d}
      - {id: a, name: 海报设计, role: design, duration: 4d}
      - {id: b, name: 推文文案, role: content, effort: 6d, after: a}
  - id: go
    name: 上线
    tasks:
      - {id: m, name: 活动上线, milestone: true, after: b}
      - {id: e, name: 复盘, role: content, duration: 2d, after: m}
"""

STATUS = """asOf: 2027-01-06
tasks:
  x: {started: 2027-01-04, done: 2027-01-06}
  a: {started: 2027-01-05, progress: 60%}
"""


def write(binary, folder):
    """The plan, `spring.status.yaml` beside it and the baseline 初版 saved before the status."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "spring.yaml").write_text(PLAN, encoding="utf-8")
    (folder / "spring.status.yaml").write_text(STATUS, encoding="utf-8")
    subprocess.run([binary, "baseline", "save", "spring.yaml", "--name", "初版"], cwd=folder, check=True, capture_output=True)
    return folder / "spring.yaml"
