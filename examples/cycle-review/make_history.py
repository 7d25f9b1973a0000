#!/usr/bin/env python3
"""Writes the earlier cycles' exports for the cycle-over-cycle review (deterministic: a fixed
seed per month). Demo data tooling, in the same layout as actuals.csv (make_data.py).

The story the store should tell: the 门店 (store) channel's conversion has been sliding for
months — 4.2% in September, 3.6% in October, 3.0% in November, 2.4% in December (actuals.csv)
— while traffic grew, so new-customer revenue is down on November (环比) with conversion
the driver and 门店 the channel; against December 2025 (同比, a smaller month with the
store converting at 4.6%) revenue is up on traffic and down on conversion.
"""
import calendar
import csv
import datetime
import random

channels = {"门店": 0.40, "社群": 0.35, "小程序": 0.25}
# (year, month): (store conversion, visitors per day before the busy days, seed)
months = {
    (2025, 12): (0.046, 720, 20251201),
    (2026, 9): (0.042, 820, 20260901),
    (2026, 10): (0.036, 860, 20261001),
    (2026, 11): (0.030, 880, 20261101),
}
other_rate = {"社群": 0.036, "小程序": 0.034}

for (year, month), (store_rate, base, seed) in months.items():
    random.seed(seed)
    rows = []
    days = calendar.monthrange(year, month)[1]
    for offset in range(days):
        day = datetime.date(year, month, 1) + datetime.timedelta(days=offset)
        # Busier on weekends and on the month's promotion days (11.11 in November, 12.12 in December).
        busy = day.day in (11, 12, 13) and month in (11, 12)
        daily_visitors = base + 60 * (offset % 7 in (5, 6)) + (300 if busy else 0)
        for channel, share in channels.items():
            for group in ("A", "B"):
                visitors = int(daily_visitors * share / 2 * random.uniform(0.95, 1.05))
                rate = store_rate if channel == "门店" else other_rate[channel]
                orders = sum(1 for _ in range(visitors) if random.random() < rate)
                aov = random.uniform(370, 410)
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
    name = f"history/actuals-{year}-{month:02d}.csv"
    with open(name, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {name}: {len(rows)} rows")
