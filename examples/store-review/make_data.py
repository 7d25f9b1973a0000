#!/usr/bin/env python3
"""Writes the store cycle's three exports (deterministic: no randomness). Demo data tooling
(needs openpyxl for the workbook).

The story the review should find: total revenue (总营收) reached about 94% of ¥700k. Old
customers were on plan. New-customer revenue (新客营收) missed: friends added were above
target, but the first-order conversion in 门店 fell to 16% against its own 25% (the store
staff stopped pushing the first-order coupon), while 社群 and 视频号 beat their parts.

The numbers are a constant per channel and day, so every total can be checked by hand:
31 days × the daily figure.

Three exports, as a store's operations team gets them:
- 企业微信_渠道活码统计_202703.csv: 企业微信's 渠道活码 report (friends added per activity
  code, one code per channel), UTF-8 with a BOM, with the columns 企业微信 adds (流失客户数,
  净增客户数, 占比, 备注) and a 合计 row at the end;
- 有赞_订单报表_202703.csv: 有赞's order report per day and 渠道, GBK (Excel on Chinese
  Windows), dates 2027/3/1, a 小计 row under each day and a 合计 row at the end; the export
  starts a day early (2027/2/28, before the plan);
- 老客复购透视_202703.xlsx: the data team's Excel pivot of repurchases: a title row, a grouped
  two-row header (复购人数 and 老客成交额 each over 门店 | 社群 | 视频号, and a 总计 group), a
  blank row and a 总计 row.
"""
import csv
import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

CHANNELS = ["门店", "社群", "视频号"]
DAYS = [datetime.date(2027, 3, 1) + datetime.timedelta(days=n) for n in range(31)]
# Per day and channel.
FRIENDS = {"门店": 100, "社群": 60, "视频号": 50}     # targets 100 / 60 / 40
LOST = {"门店": 4, "社群": 6, "视频号": 5}
ORDERS = {"门店": 16, "社群": 9, "视频号": 8}         # conversion 16% / 15% / 16% (targets 25% / 15% / 15%)
AOV = {"门店": 200, "社群": 210, "视频号": 180}
REFUNDS = {"门店": 300, "社群": 120, "视频号": 90}
REPURCHASERS = {"门店": 30, "社群": 15, "视频号": 3}
ARPU = {"门店": 310, "社群": 300, "视频号": 280}

# (a) 企业微信: friends by 渠道活码.
with open("企业微信_渠道活码统计_202703.csv", "w", newline="", encoding="utf-8-sig") as handle:
    writer = csv.writer(handle)
    writer.writerow(["日期", "渠道活码", "新增客户数", "流失客户数", "净增客户数", "占比", "备注"])
    total = sum(FRIENDS.values())
    for day in DAYS:
        for channel in CHANNELS:
            note = "台卡更换新版" if channel == "门店" and day.day == 8 else ""
            writer.writerow([day.isoformat(), channel, FRIENDS[channel], LOST[channel], FRIENDS[channel] - LOST[channel],
                             f"{FRIENDS[channel] / total:.1%}", note])
    writer.writerow(["合计", "", total * len(DAYS), sum(LOST.values()) * len(DAYS),
                     (total - sum(LOST.values())) * len(DAYS), "100.0%", ""])

# (b) 有赞: orders per day and channel, GBK, 小计 and 合计 rows, one day before the plan.
with open("有赞_订单报表_202703.csv", "w", newline="", encoding="gbk") as handle:
    writer = csv.writer(handle)
    writer.writerow(["下单日期", "渠道", "新客订单数", "新客成交额（元）", "客单价（元）", "退款金额（元）"])
    for day in [datetime.date(2027, 2, 28)] + DAYS:
        label = f"{day.year}/{day.month}/{day.day}"
        for channel in CHANNELS:
            gmv = ORDERS[channel] * AOV[channel]
            writer.writerow([label, channel, ORDERS[channel], f"{gmv:,.2f}", f"{AOV[channel]:.2f}", f"{REFUNDS[channel]:.2f}"])
        orders = sum(ORDERS.values())
        gmv = sum(ORDERS[c] * AOV[c] for c in CHANNELS)
        writer.writerow([label, "小计", orders, f"{gmv:,.2f}", f"{gmv / orders:.2f}", f"{sum(REFUNDS.values()):.2f}"])
    orders = sum(ORDERS.values()) * len(DAYS)
    gmv = sum(ORDERS[c] * AOV[c] for c in CHANNELS) * len(DAYS)
    writer.writerow(["合计", "", orders, f"{gmv:,.2f}", f"{gmv / orders:.2f}", f"{sum(REFUNDS.values()) * len(DAYS):.2f}"])

# (c) The Excel pivot: 复购人数 and 老客成交额, each over the channels, and a 总计 group.
book = Workbook()
sheet = book.active
sheet.title = "老客复购"
width = 1 + 3 * len(CHANNELS)
sheet.append(["3月老客复购透视（数据中心导出，按渠道）"])
sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
sheet["A1"].font = Font(bold=True)
sheet.append(["日期", "复购人数", None, None, "老客成交额", None, None, "总计", None])
sheet.append([None] + CHANNELS + CHANNELS + ["复购人数", "老客成交额"])
sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
for first in (2, 5, 8):
    sheet.merge_cells(start_row=2, start_column=first, end_row=2, end_column=first + (2 if first < 8 else 1))
    sheet.cell(row=2, column=first).alignment = Alignment(horizontal="center")
for index, day in enumerate(DAYS):
    if index == 15:
        sheet.append([])  # the pivot's refresh left a blank row
    people = [REPURCHASERS[c] for c in CHANNELS]
    amounts = [REPURCHASERS[c] * ARPU[c] for c in CHANNELS]
    sheet.append([day] + people + amounts + [sum(people), sum(amounts)])
    sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy/m/d"
    for column in range(5, width + 1):
        sheet.cell(row=sheet.max_row, column=column).number_format = "#,##0"
people = [REPURCHASERS[c] * len(DAYS) for c in CHANNELS]
amounts = [REPURCHASERS[c] * ARPU[c] * len(DAYS) for c in CHANNELS]
sheet.append(["总计"] + people + amounts + [sum(people), sum(amounts)])
book.save("老客复购透视_202703.xlsx")
print("wrote 企业微信_渠道活码统计_202703.csv, 有赞_订单报表_202703.csv, 老客复购透视_202703.xlsx")
