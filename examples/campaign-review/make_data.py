#!/usr/bin/env python3
"""Writes the Double 11 campaign's actuals (deterministic: a fixed seed). Demo data tooling.

The story the review should find: total revenue (总营收) reached about 90% of ¥3M. Old
customers came close to plan; new-customer revenue fell short. Traffic was on target. The
shortfall is conversion in the live-stream room (直播间) on launch days: stock of the hero
product ran out in the first hour, so the room's conversion fell to about 2.6% while 社群
and 公众号 held near plan. Deposits beat their target, but fewer of them paid the balance
(尾款支付率 78% against 85%). Two A/B tests: the deposit poster (A product shot, B scene)
made no real difference; the coupon type did — 满减 (spend-and-save) lifted average order
value over 折扣 (a percentage discount), significantly.

Three exports, as teams get them:
- sales.csv: the mall back-end's daily report per channel and poster version (UTF-8 with a
  BOM, Chinese headers, 12,345 and ¥1,234.50, dates 2026/10/12), with one unreadable cell
  (暂无) and one row exported twice, as real exports have;
- coupon_test.csv: the coupon test's daily order-value statistics per coupon type, written
  by Excel on Chinese Windows (GB18030, dates 2026年11月10日);
- content.csv: the content and community team's tally in long layout (日期;指标;数值,
  semicolon-separated): views of articles and videos, UGC posts, referrals.
"""
import csv
import datetime
import random
import statistics

random.seed(20261111)


def days(first, last):
    day = first
    while day <= last:
        yield day
        day += datetime.timedelta(days=1)


LAUNCH = {datetime.date(2026, 11, d) for d in (10, 11, 12)}
channels = {"直播间": 0.45, "社群": 0.30, "公众号": 0.25}
# Conversion on launch days; before and after, shoppers browse and wait for the sale.
launch_rate = {"直播间": 0.026, "社群": 0.064, "公众号": 0.058}
quiet_rate = {"直播间": 0.019, "社群": 0.020, "公众号": 0.018}

sales = []
for day in days(datetime.date(2026, 10, 12), datetime.date(2026, 11, 19)):
    launch = day in LAUNCH
    deposit_window = datetime.date(2026, 10, 20) <= day <= datetime.date(2026, 11, 9)
    daily_visitors = 10300 if launch else 800
    for channel, share in channels.items():
        for version in ("A", "B"):
            visitors = int(daily_visitors * share / 2 * random.uniform(0.94, 1.06))
            rate = (launch_rate if launch else quiet_rate)[channel]
            orders = sum(1 for _ in range(visitors) if random.random() < rate)
            gmv = sum(random.gauss(505, 160) for _ in range(orders))
            # Existing customers: about 80,400 (a stock, split over six rows); they repurchase
            # mostly on launch days, at about ¥492 each.
            repurchasers = int((142 if launch else 4.4) * random.uniform(0.9, 1.1) + 0.5)
            deposits = int(25 * random.uniform(0.85, 1.15) + 0.5) if deposit_window else 0
            sales.append({
                "日期": f"{day.year}/{day.month}/{day.day}",
                "渠道": channel,
                "海报版本": version,
                "新增好友": f"{int(visitors * (0.012 if launch else 0.34)):,}",
                "拉新费用": f"¥{visitors * (0.07 if launch else 1.9) * random.uniform(0.95, 1.05):,.2f}",
                "新客访客数": f"{visitors:,}",
                "新客订单数": f"{orders:,}",
                "新客成交额": f"¥{gmv:,.2f}",
                "老客数": f"{13380 + (day - datetime.date(2026, 10, 12)).days * 2:,}",
                "复购人数": f"{repurchasers:,}",
                "老客成交额": f"¥{repurchasers * random.uniform(470, 515):,.2f}",
                "定金订单数": deposits,
                "尾款支付单数": 0,
            })

# Balance payments come in on 11-11 and 11-12: about 78% of the deposits.
deposit_rows = [row for row in sales if row["定金订单数"]]
total_deposits = sum(row["定金订单数"] for row in deposit_rows)
paid = round(total_deposits * 0.78)
launch_rows = [row for row in sales if row["日期"] in ("2026/11/11", "2026/11/12")]
for index, row in enumerate(launch_rows):
    row["尾款支付单数"] = paid // len(launch_rows) + (1 if index < paid % len(launch_rows) else 0)

# Real exports are not clean: one cell the back-end could not fill, one row exported twice.
sales[40]["新客成交额"] = "暂无"
sales.insert(100, dict(sales[99]))

with open("sales.csv", "w", newline="", encoding="utf-8-sig") as handle:
    writer = csv.DictWriter(handle, fieldnames=list(sales[0].keys()))
    writer.writeheader()
    writer.writerows(sales)

# The coupon test on launch days: every order's value, then the statistics the back-end
# exports per day and coupon type. The raw values are kept in raw_orders.csv so a test can
# check that pooling the daily statistics gives the same t-test as the raw orders.
coupon_rows, raw = [], []
for day in sorted(LAUNCH):
    for coupon, mean in (("折扣", 496.0), ("满减", 528.0)):
        values = [round(random.gauss(mean, 175), 2) for _ in range(random.randint(280, 320))]
        raw += [(day.isoformat(), coupon, value) for value in values]
        coupon_rows.append([f"{day.year}年{day.month}月{day.day}日", coupon, f"{statistics.fmean(values):.10f}",
                            f"{statistics.stdev(values):.10f}", len(values)])
with open("coupon_test.csv", "w", newline="", encoding="gb18030") as handle:
    writer = csv.writer(handle)
    writer.writerow(["日期", "券型", "客单价均值", "客单价标准差", "样本订单数"])
    writer.writerows(coupon_rows)
with open("raw_orders.csv", "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle)
    writer.writerow(["date", "coupon", "value"])
    writer.writerows(raw)

content = []
for day in days(datetime.date(2026, 9, 9), datetime.date(2026, 9, 24)):
    content.append([day.isoformat(), "内容阅读播放量", int(3300 * random.uniform(0.8, 1.25))])
for day in days(datetime.date(2026, 11, 12), datetime.date(2026, 11, 19)):
    content.append([day.isoformat(), "晒单笔记数", int(57 * random.uniform(0.8, 1.2))])
    content.append([day.isoformat(), "转介新增", int(80 * random.uniform(0.8, 1.2))])
with open("content.csv", "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, delimiter=";")
    writer.writerow(["日期", "指标", "数值"])
    writer.writerows(content)
print(f"wrote sales.csv ({len(sales)} rows), coupon_test.csv ({len(coupon_rows)}), content.csv ({len(content)}), raw_orders.csv ({len(raw)})")
