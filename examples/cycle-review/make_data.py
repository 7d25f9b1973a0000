#!/usr/bin/env python3
"""Writes the worked example's actuals (deterministic: a fixed seed). Demo data tooling.

The story the review should find: new-customer revenue missed its target by about 10%.
Traffic (新客访客数) was on target; conversion fell in the 门店 (store) channel while the
community and mini-program channels held; the coupon A/B test (分组 A/B) lifted conversion
significantly. Daily rows per channel and group, as an SCRM export: Chinese headers,
numbers with thousands separators, ¥ amounts, dates as 2026/12/1.
"""
import csv
import datetime
import random

random.seed(20261201)
start = datetime.date(2026, 12, 1)
channels = {"门店": 0.40, "社群": 0.35, "小程序": 0.25}
planned_rate = {"门店": 0.045, "社群": 0.038, "小程序": 0.034}
actual_rate = {"门店": 0.024, "社群": 0.036, "小程序": 0.034}
rows = []
for offset in range(31):
    day = start + datetime.timedelta(days=offset)
    # About 30,000 new-customer visitors over the month, busier around 双12.
    daily_visitors = 900 + 60 * (offset % 7 in (5, 6)) + (300 if day.day in (11, 12, 13) else 0)
    for channel, share in channels.items():
        for group in ("A", "B"):
            visitors = int(daily_visitors * share / 2 * random.uniform(0.95, 1.05))
            # The coupon test: group B (the larger coupon) converts about 18% better than A.
            rate = actual_rate[channel] * (1.09 if group == "B" else 0.92)
            orders = sum(1 for _ in range(visitors) if random.random() < rate)
            aov = random.uniform(370, 410)
            # Existing customers: 60,000 (a stock, split over the six channel × group rows);
            # about 5% repurchase over the month at ¥260 each.
            old_orders = int(60000 / 6 * 0.05 / 31 * random.uniform(0.85, 1.1) + 0.5)
            rows.append({
                "日期": f"{day.year}/{day.month}/{day.day}",
                "渠道": channel,
                "分组": group,
                "新增好友": f"{int(visitors * 0.7):,}",
                "新客访客数": f"{visitors:,}",
                "新客订单数": orders,
                "新客成交额": f"¥{orders * aov:,.2f}",
                "老客订单数": old_orders,
                "老客成交额": f"¥{old_orders * random.uniform(250, 268):,.2f}",
                "复购人数": old_orders,
                "老客数": f"{10000 + offset * 3:,}",
            })
with open("actuals.csv", "w", newline="", encoding="utf-8-sig") as handle:
    writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)
print(f"wrote actuals.csv: {len(rows)} rows")
