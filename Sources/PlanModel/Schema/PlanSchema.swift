/// The JSON Schema (draft-07) of the plan format, printed by `cycleplan schema`.
///
/// Editors use it through the `# yaml-language-server: $schema=…` line; keep it in step with
/// `PlanLoader` and docs/plan-format.md (a test validates the shipped plans against it).
public enum PlanSchema {
    public static let json: String = #"""
    {
      "$schema": "http://json-schema.org/draft-07/schema#",
      "$id": "https://cycleplan.dev/schema/plan-v1.json",
      "title": "cycleplan plan (format v1)",
      "description": "A cycleplan plan file: an operating cycle (运营周期) or marketing canvas (营销画布) with roles, KPIs, targets, phases and tasks. Also covers included files (roles, metrics, calendar) and calendar files. Field names are English camelCase; content is Chinese. `cycleplan validate` remains the authority.",
      "type": "object",
      "if": {
        "anyOf": [
          {
            "required": [
              "weekends"
            ]
          },
          {
            "required": [
              "holidays"
            ]
          },
          {
            "required": [
              "workdays"
            ]
          }
        ]
      },
      "then": {
        "$ref": "#/definitions/calendarFile"
      },
      "else": {
        "if": {
          "anyOf": [
            {
              "required": [
                "include"
              ]
            },
            {
              "required": [
                "calendar"
              ]
            },
            {
              "required": [
                "roles"
              ]
            },
            {
              "required": [
                "metrics"
              ]
            }
          ],
          "not": {
            "anyOf": [
              {
                "required": [
                  "id"
                ]
              },
              {
                "required": [
                  "title"
                ]
              },
              {
                "required": [
                  "start"
                ]
              },
              {
                "required": [
                  "targets"
                ]
              },
              {
                "required": [
                  "phases"
                ]
              },
              {
                "required": [
                  "tasks"
                ]
              }
            ]
          }
        },
        "then": {
          "$ref": "#/definitions/includeFile"
        },
        "else": {
          "$ref": "#/definitions/plan"
        }
      },
      "definitions": {
        "text": {
          "description": "Free text. Written in Chinese as a rule. A YAML 1.2 editor reads an unquoted 618 or true as a number or a boolean; cycleplan reads every scalar by the field that holds it, so those are text here too.",
          "type": [
            "string",
            "number",
            "boolean"
          ]
        },
        "path": {
          "description": "A file path relative to the file that contains it, e.g. shared/roles.yaml. It must stay inside the plan's folder tree (include_outside_root).",
          "type": "string",
          "minLength": 1
        },
        "planId": {
          "description": "Plan id: a letter, then letters, digits, '_' or '-' (ASCII only; the Chinese goes in title). Example: national-day-2026.",
          "type": "string",
          "pattern": "^[A-Za-z][A-Za-z0-9_-]*$",
          "patternErrorMessage": "A plan id starts with a letter and uses letters, digits, '_' and '-', e.g. national-day-2026 (invalid_id)."
        },
        "identifier": {
          "description": "Task, phase or role id: a letter or '_', then letters, digits, '_' or '-' (ASCII only; the Chinese goes in name). Tasks and phases share one namespace. Examples: posters, d-day, user-ops.",
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$",
          "patternErrorMessage": "An id starts with a letter or '_' and uses letters, digits, '_' and '-', e.g. posters or d-day (invalid_id)."
        },
        "metricId": {
          "description": "Metric id: a letter or '_', then letters, digits or '_'. No hyphen, because formulas use '-' for minus. Examples: gmv, new_friends, tr_new.",
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
          "patternErrorMessage": "A metric id uses letters, digits and '_' only (no '-': formulas use it for minus), e.g. new_friends (invalid_id)."
        },
        "version": {
          "description": "Format version; this is version 1. Any other value is unsupported_version. 格式版本，固定写 1。",
          "type": [
            "integer",
            "string"
          ],
          "enum": [
            1,
            "1"
          ],
          "errorMessage": "cycleplan: 1 is the only supported format version (unsupported_version)."
        },
        "date": {
          "description": "A date written YYYY-MM-DD, e.g. 2026-10-01. Quotes are optional. A day that does not exist (2026-02-30) is invalid_date. 日期，格式 YYYY-MM-DD。",
          "type": "string",
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
          "patternErrorMessage": "Write a date as YYYY-MM-DD, e.g. 2026-10-01 (invalid_date).",
          "examples": [
            "2026-10-01"
          ]
        },
        "dateOrRange": {
          "description": "One date (2026-10-01) or an inclusive range of dates (2026-10-01..2026-10-07). 单日或日期区间（含首尾）。",
          "type": "string",
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ \\t]*\\.\\.[ \\t]*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$",
          "patternErrorMessage": "Write a date as 2026-10-01 or a range as 2026-10-01..2026-10-07 (invalid_date).",
          "examples": [
            "2026-10-01",
            "2026-10-01..2026-10-07"
          ]
        },
        "dateEntry": {
          "description": "A date entry: a date \"2026-10-01\", a range \"2026-10-01..2026-10-07\" (both ends included), or a named entry {date: \"2026-10-01..2026-10-07\", name: 国庆节}.",
          "type": [
            "string",
            "object"
          ],
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ \\t]*\\.\\.[ \\t]*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$",
          "patternErrorMessage": "Write a date as 2026-10-01 or a range as 2026-10-01..2026-10-07, or use {date: …, name: …} (invalid_date).",
          "properties": {
            "date": {
              "$ref": "#/definitions/dateOrRange",
              "description": "The day or the inclusive range, e.g. \"2026-10-01..2026-10-07\". Required in the named form."
            },
            "name": {
              "$ref": "#/definitions/text",
              "description": "What the day or range is, e.g. 国庆节, 设计培训."
            }
          },
          "required": [
            "date"
          ],
          "additionalProperties": false
        },
        "dateEntries": {
          "description": "A list of date entries — dates, ranges (2026-10-01..2026-10-07) or {date: …, name: …} — or a single one.",
          "anyOf": [
            {
              "type": "array",
              "items": {
                "$ref": "#/definitions/dateEntry"
              }
            },
            {
              "$ref": "#/definitions/dateEntry"
            }
          ]
        },
        "duration": {
          "description": "A positive length of work: a number with a unit — 3d (working days), 0.5d, 2w (weeks of 5 working days), 4h (hours; 8 h = 1 day). A bare number means days; Chinese units 3天, 1周, 4小时 are read too. 时长：3d 工作日、2w 周、4h 小时。",
          "type": [
            "number",
            "string"
          ],
          "exclusiveMinimum": 0,
          "pattern": "^[ \\t]*(?=[^1-9]*[1-9])[0-9]+(\\.[0-9]+)?[ \\t]*(d|w|h|天|周|小时)?[ \\t]*$",
          "patternErrorMessage": "Write a duration greater than zero as 3d, 0.5d, 2w, 4h or 3天 (invalid_duration).",
          "examples": [
            "1d",
            "3d",
            "0.5d",
            "2w",
            "4h"
          ]
        },
        "lag": {
          "description": "A lag (positive: wait after the predecessor) or a lead (negative: overlap), in working days: 1d, -2d, +0.5d, 1w, 4h. A bare number means days.",
          "type": [
            "number",
            "string"
          ],
          "pattern": "^[ \\t]*([+-][ \\t]*)?[0-9]+(\\.[0-9]+)?[ \\t]*(d|w|h|天|周|小时)?[ \\t]*$",
          "patternErrorMessage": "Write a lag as 1d or +1d, a lead as -2d; units d, w (5 days) or h (8 h = 1 day) (invalid_duration).",
          "examples": [
            "1d",
            "-2d"
          ]
        },
        "quantity": {
          "description": "A number as planners write it: 1200000, 1_200_000, 1,200,000, 3.5% (= 0.035), 120万 (= 1,200,000), 1.2亿 (= 120,000,000), 12k. Inside { } write \"1,200,000\" quoted: a comma separates entries there.",
          "type": [
            "number",
            "string"
          ],
          "pattern": "^[¥￥]?[+-]?([0-9]+([_,][0-9]+)*(\\.[0-9]+)?|\\.[0-9]+)[%万亿kK]?$",
          "patternErrorMessage": "Write a number as 1200000, 1_200_000, 1,200,000, 3.5%, 120万, 1.2亿 or 12k (invalid_number)."
        },
        "targetValue": {
          "description": "A target: a number (1200000, 1_200_000, 1,200,000, 3.5%, 120万, 1.2亿, 12k), measured over the node's scheduled window; or {value: 120万, window: \"2026-10-01..2026-10-07\"} to measure it over a window of its own. 目标值。",
          "type": [
            "number",
            "string",
            "object"
          ],
          "pattern": "^[¥￥]?[+-]?([0-9]+([_,][0-9]+)*(\\.[0-9]+)?|\\.[0-9]+)[%万亿kK]?$",
          "patternErrorMessage": "Write a target as 1200000, 1_200_000, 1,200,000, 3.5%, 120万, 1.2亿 or 12k, or as {value: …, window: …} (invalid_number).",
          "properties": {
            "value": {
              "$ref": "#/definitions/quantity",
              "description": "The target value: 1200000, 1_200_000, 3.5%, 120万, 1.2亿, 12k. Required in the object form."
            },
            "window": {
              "$ref": "#/definitions/dateOrRange",
              "description": "The days the target is measured over, instead of the node's own window: a date or a range such as \"2026-10-01..2026-10-07\" (e.g. 黄金周 GMV)."
            }
          },
          "required": [
            "value"
          ],
          "additionalProperties": false,
          "examples": [
            "120万",
            "3.5%",
            "1_200_000"
          ]
        },
        "targets": {
          "description": "Targets: metric id → target value, e.g. {gmv: 120万, conversion: 3.5%}. Each metric must be defined in metrics or an included file (target_unknown_metric). 目标，按所在节点的排期窗口统计。",
          "type": "object",
          "propertyNames": {
            "pattern": "^([A-Za-z_][A-Za-z0-9_]*|<<)$",
            "patternErrorMessage": "A metric id uses letters, digits and '_' only (no '-'), e.g. new_friends (invalid_id)."
          },
          "additionalProperties": {
            "$ref": "#/definitions/targetValue"
          }
        },
        "dependencyType": {
          "description": "Link type: FS finish→start (default: start after it finishes), SS start→start, FF finish→finish, SF start→finish. Any case.",
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "FS",
                "SS",
                "FF",
                "SF",
                "fs",
                "ss",
                "ff",
                "sf"
              ]
            },
            {
              "type": "string",
              "pattern": "^[FfSs][FfSs]$",
              "patternErrorMessage": "The type is FS, SS, FF or SF (invalid_value)."
            }
          ]
        },
        "dependency": {
          "description": "A predecessor, task or phase (a phase stands for all its tasks). String form 'ID [TYPE] [±LAG]': theme, \"posters +1d\" (lag), \"article -2d\" (lead), \"posters SS\", \"presale FF +1d\"; TYPE is FS (default), SS, FF or SF in any case. Object form: {id: posters, type: SS, lag: 1d}. 前置任务或阶段。",
          "type": [
            "string",
            "object"
          ],
          "pattern": "^[ \\t]*[A-Za-z_][A-Za-z0-9_-]*([ \\t]+[FfSs][FfSs])?([ \\t]+[+-][ \\t]*[0-9]+(\\.[0-9]+)?[ \\t]*(d|w|h|天|周|小时)?)?[ \\t]*$",
          "patternErrorMessage": "Write a dependency as 'ID', 'ID +1d' (lag), 'ID -2d' (lead) or 'ID SS +1d' (type FS, SS, FF or SF).",
          "properties": {
            "id": {
              "$ref": "#/definitions/identifier",
              "description": "The task or phase that comes first. Required in the object form."
            },
            "type": {
              "$ref": "#/definitions/dependencyType",
              "description": "Link type: FS (default), SS, FF or SF. FS: start after it finishes; SS: start once it has started; FF: finish no earlier than it finishes; SF: finish no earlier than it starts."
            },
            "lag": {
              "$ref": "#/definitions/lag",
              "description": "Working days to wait (1d) or to overlap (-2d)."
            }
          },
          "required": [
            "id"
          ],
          "additionalProperties": false,
          "examples": [
            "theme",
            "posters +1d",
            "posters SS +1d",
            "presale FF"
          ]
        },
        "after": {
          "description": "Predecessors: one dependency or a list. 'ID [TYPE] [±LAG]' or {id, type, lag}; e.g. after: [theme, \"posters SS +1d\"]. An id that is neither a task nor a phase is unknown_task.",
          "anyOf": [
            {
              "$ref": "#/definitions/dependency"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/definitions/dependency"
              }
            }
          ]
        },
        "stage": {
          "description": "AARRR stage (海盗模型): acquisition 拉新, activation 促活, revenue 成交, retention 复购, referral 转介. English (any case) or Chinese; anything else is invalid_value.",
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "acquisition",
                "activation",
                "revenue",
                "retention",
                "referral",
                "拉新",
                "促活",
                "成交",
                "复购",
                "转介"
              ]
            },
            {
              "type": "string",
              "pattern": "^([aA][cC][qQ][uU][iI][sS][iI][tT][iI][oO][nN]|[aA][cC][tT][iI][vV][aA][tT][iI][oO][nN]|[rR][eE][vV][eE][nN][uU][eE]|[rR][eE][tT][eE][nN][tT][iI][oO][nN]|[rR][eE][fF][eE][rR][rR][aA][lL])$",
              "patternErrorMessage": "A stage is acquisition, activation, revenue, retention, referral or 拉新, 促活, 成交, 复购, 转介 (invalid_value)."
            }
          ]
        },
        "weekday": {
          "description": "A weekday: mon tue wed thu fri sat sun, the full English name (saturday) in any case, or 周一…周日 (also 星期一…星期日).",
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "mon",
                "tue",
                "wed",
                "thu",
                "fri",
                "sat",
                "sun",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "周一",
                "周二",
                "周三",
                "周四",
                "周五",
                "周六",
                "周日",
                "周天",
                "星期一",
                "星期二",
                "星期三",
                "星期四",
                "星期五",
                "星期六",
                "星期日",
                "星期天"
              ]
            },
            {
              "type": "string",
              "pattern": "^([mM][oO][nN]|[tT][uU][eE]|[wW][eE][dD]|[tT][hH][uU]|[fF][rR][iI]|[sS][aA][tT]|[sS][uU][nN]|[mM][oO][nN][dD][aA][yY]|[tT][uU][eE][sS][dD][aA][yY]|[wW][eE][dD][nN][eE][sS][dD][aA][yY]|[tT][hH][uU][rR][sS][dD][aA][yY]|[fF][rR][iI][dD][aA][yY]|[sS][aA][tT][uU][rR][dD][aA][yY]|[sS][uU][nN][dD][aA][yY])$",
              "patternErrorMessage": "A weekday is mon…sun, monday…sunday or 周一…周日 (invalid_value)."
            }
          ]
        },
        "calendar": {
          "description": "The working calendar: weekends, holidays and make-up working days (调休). Durations, effort and lags count working days of this calendar. 工作日历。",
          "type": "object",
          "properties": {
            "weekends": {
              "description": "Non-working weekdays; default [sat, sun]. Names mon…sun, full English names or 周一…周日, e.g. [周日] for a team that rests on Sunday only. Across includes the last definition wins. 周末。",
              "anyOf": [
                {
                  "type": "array",
                  "items": {
                    "$ref": "#/definitions/weekday"
                  }
                },
                {
                  "$ref": "#/definitions/weekday"
                }
              ],
              "default": [
                "sat",
                "sun"
              ]
            },
            "holidays": {
              "$ref": "#/definitions/dateEntries",
              "description": "Non-working days: dates, ranges or {date, name}, e.g. {date: \"2026-10-01..2026-10-07\", name: 国庆节}. Lists from includes and the plan are concatenated. 节假日。"
            },
            "workdays": {
              "$ref": "#/definitions/dateEntries",
              "description": "Make-up working days (调休上班): worked even if they fall on a weekend, e.g. [\"2026-09-27\", \"2026-10-10\"]. Lists from includes and the plan are concatenated."
            },
            "include": {
              "$ref": "#/definitions/path",
              "description": "A calendar file to extend: its days come first, then this mapping's own. 继承的日历文件。"
            }
          },
          "additionalProperties": false
        },
        "calendarField": {
          "description": "The working calendar: a mapping {weekends, holidays, workdays}, or the path of a calendar file (e.g. shared/calendar-cn-2026.yaml) whose top level is such a mapping. 工作日历，或日历文件路径。",
          "anyOf": [
            {
              "$ref": "#/definitions/path"
            },
            {
              "$ref": "#/definitions/calendar"
            }
          ]
        },
        "include": {
          "description": "Shared files (roles, metrics, calendar) to include: one path or a list, relative to this file and inside the plan's folder tree, e.g. [shared/roles.yaml, shared/metrics-aarrr.yaml]. 引入共享文件。",
          "type": [
            "string",
            "array"
          ],
          "minLength": 1,
          "items": {
            "$ref": "#/definitions/path"
          }
        },
        "headcount": {
          "description": "People in the role = capacity in person-days per working day. Default 1. 人数（每个工作日可投入的人天）。",
          "type": [
            "integer",
            "string"
          ],
          "minimum": 0,
          "maximum": 100000,
          "pattern": "^[0-9]+(_[0-9]+)*$",
          "patternErrorMessage": "headcount is a whole number, 0 or more (invalid_number).",
          "default": 1
        },
        "units": {
          "description": "How much of the role the task uses: 1 = one person full time (default), 0.5 = half a person, 4 = four people. From 0.01 (1% of a person) to 100,000.",
          "type": [
            "number",
            "string"
          ],
          "minimum": 0.01,
          "maximum": 100000,
          "pattern": "^(?=[^1-9]*[1-9])([0-9]+(\\.[0-9]+)?|\\.[0-9]+)$",
          "patternErrorMessage": "units is a number from 0.01 to 100000, e.g. 1, 0.5 or 2 (invalid_number).",
          "default": 1
        },
        "priority": {
          "description": "Leveling priority, a whole number from 1 to 1000; default 500. When a role is over-allocated, higher priorities are scheduled first. 优先级。",
          "type": [
            "integer",
            "string"
          ],
          "minimum": 1,
          "maximum": 1000,
          "pattern": "^([1-9][0-9]{0,2}|1000|1_000)$",
          "patternErrorMessage": "priority is a whole number from 1 to 1000 (invalid_number).",
          "default": 500
        },
        "flag": {
          "description": "true or false.",
          "type": [
            "boolean",
            "string"
          ],
          "pattern": "^(true|True|TRUE|false|False|FALSE|yes|Yes|no|No)$",
          "patternErrorMessage": "Write true or false."
        },
        "role": {
          "description": "A team role (团队角色). The short form `design: 设计` gives only the display name (headcount 1).",
          "type": [
            "object",
            "string",
            "number",
            "boolean"
          ],
          "properties": {
            "name": {
              "$ref": "#/definitions/text",
              "description": "Display name, e.g. 内容运营. Required."
            },
            "headcount": {
              "$ref": "#/definitions/headcount",
              "description": "People in the role = capacity in person-days per working day. Default 1. 人数（每个工作日可投入的人天）。"
            },
            "daysOff": {
              "$ref": "#/definitions/dateEntries",
              "description": "Days this role does not work (leave, training, offsite), e.g. [{date: \"2026-09-14..2026-09-16\", name: 设计培训}, \"2026-09-30\"]. 角色停工日。"
            },
            "notes": {
              "$ref": "#/definitions/text",
              "description": "Free text. 备注。"
            }
          },
          "required": [
            "name"
          ],
          "additionalProperties": false
        },
        "roles": {
          "description": "Team roles: role id → role, e.g. content: {name: 内容运营, headcount: 2}. An id defined twice, here or in an included file, is duplicate_id. 团队角色。",
          "type": "object",
          "propertyNames": {
            "pattern": "^([A-Za-z_][A-Za-z0-9_-]*|<<)$",
            "patternErrorMessage": "A role id starts with a letter or '_' and uses letters, digits, '_' and '-', e.g. user-ops (invalid_id)."
          },
          "additionalProperties": {
            "$ref": "#/definitions/role"
          }
        },
        "metric": {
          "description": "A KPI (指标). flow metrics are summed over a window, stock metrics take the last value, derived metrics are computed by their formula from the window's totals. The short form `orders: 订单数` gives only the display name (a flow metric).",
          "type": [
            "object",
            "string",
            "number",
            "boolean"
          ],
          "properties": {
            "name": {
              "$ref": "#/definitions/text",
              "description": "Display name, e.g. 成交额. Required."
            },
            "kind": {
              "description": "flow (default): summed over a window (订单数, 成交额); stock: the last value in the window (好友总数); derived: computed by formula (转化率). A formula implies derived.",
              "type": "string",
              "enum": [
                "flow",
                "stock",
                "derived"
              ],
              "default": "flow"
            },
            "formula": {
              "description": "An expression over other metric ids with + - * / and parentheses, e.g. orders / visitors, tr_new + tr_old, (gmv * 0.35 - cost) / cost. Makes the metric derived. 公式。",
              "type": "string",
              "minLength": 1
            },
            "unit": {
              "$ref": "#/definitions/text",
              "description": "Unit shown next to values, e.g. CNY, 人, 单, 次."
            },
            "format": {
              "description": "How values are displayed: number, integer, percent (0.035 shows as 3.5%) or currency.",
              "type": "string",
              "enum": [
                "number",
                "integer",
                "percent",
                "currency"
              ]
            },
            "better": {
              "description": "Which way is good: higher (default) or lower, for costs, refunds and churn (单个好友成本). The review reads attainment the other way round for lower.",
              "type": "string",
              "enum": [
                "higher",
                "lower"
              ],
              "default": "higher"
            },
            "description": {
              "$ref": "#/definitions/text",
              "description": "Free text: how the metric is measured (口径)."
            }
          },
          "required": [
            "name"
          ],
          "additionalProperties": false,
          "allOf": [
            {
              "if": {
                "properties": {
                  "kind": {
                    "enum": [
                      "flow",
                      "stock"
                    ]
                  }
                },
                "required": [
                  "kind"
                ]
              },
              "then": {
                "properties": {
                  "formula": false
                }
              }
            },
            {
              "if": {
                "properties": {
                  "kind": {
                    "const": "derived"
                  }
                },
                "required": [
                  "kind"
                ]
              },
              "then": {
                "required": [
                  "formula"
                ]
              }
            }
          ]
        },
        "metrics": {
          "description": "KPIs: metric id → metric, e.g. conversion: {name: 转化率, formula: orders / visitors, format: percent}. An id defined twice, here or in an included file, is duplicate_id. 指标。",
          "type": "object",
          "propertyNames": {
            "pattern": "^([A-Za-z_][A-Za-z0-9_]*|<<)$",
            "patternErrorMessage": "A metric id uses letters, digits and '_' only (no '-': formulas use it for minus), e.g. new_friends (invalid_id)."
          },
          "additionalProperties": {
            "$ref": "#/definitions/metric"
          }
        },
        "task": {
          "description": "A task (任务). A non-milestone task needs exactly one of duration and effort; a milestone has neither.",
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/definitions/identifier",
              "description": "Task id, unique among all tasks and phases, e.g. posters. Required."
            },
            "name": {
              "$ref": "#/definitions/text",
              "description": "Display name, e.g. 海报设计. Required."
            },
            "role": {
              "$ref": "#/definitions/identifier",
              "description": "The one role doing the task (a role id from roles). For several roles use roles. 负责角色。"
            },
            "units": {
              "$ref": "#/definitions/units",
              "description": "How much of role the task uses: 1 = one person full time (default), 0.5 = half a person, 4 = four people. Needs role; with roles give units per role."
            },
            "roles": {
              "description": "Several roles: role id → units ({design: 1, tech: 0.5}) or a list of role ids ([director, content, design], 1 unit each). Not together with role.",
              "type": [
                "object",
                "array",
                "string"
              ],
              "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$",
              "patternErrorMessage": "A role id starts with a letter or '_' and uses letters, digits, '_' and '-' (invalid_id).",
              "propertyNames": {
                "pattern": "^([A-Za-z_][A-Za-z0-9_-]*|<<)$",
                "patternErrorMessage": "A role id starts with a letter or '_' and uses letters, digits, '_' and '-' (invalid_id)."
              },
              "additionalProperties": {
                "$ref": "#/definitions/units"
              },
              "items": {
                "$ref": "#/definitions/identifier"
              }
            },
            "duration": {
              "$ref": "#/definitions/duration",
              "description": "Working days the task lasts, however many people work on it: 3d, 0.5d, 2w, 4h. Not together with effort. 工期。"
            },
            "effort": {
              "$ref": "#/definitions/duration",
              "description": "Person-days of work; needs role or roles; the task lasts effort ÷ units: 4d with units 2 lasts 2 days. Not together with duration. 工作量（人天）。"
            },
            "milestone": {
              "$ref": "#/definitions/flag",
              "description": "true for a point in time (a launch, a go-live); it has no duration or effort, and start gives its date. 里程碑。"
            },
            "start": {
              "$ref": "#/definitions/date",
              "description": "Fixed start date (for a milestone: its date), e.g. 2026-10-01. 固定开始日期。"
            },
            "notBefore": {
              "$ref": "#/definitions/date",
              "description": "Start no earlier than this date; the scheduler may start later but not earlier. 最早开始日期。"
            },
            "deadline": {
              "$ref": "#/definitions/date",
              "description": "Should finish by this date; a miss is a warning in scheduling. 截止日期。"
            },
            "priority": {
              "$ref": "#/definitions/priority",
              "description": "Leveling priority, a whole number from 1 to 1000; default 500. When a role is over-allocated, higher priorities are scheduled first. 优先级。"
            },
            "stage": {
              "$ref": "#/definitions/stage",
              "description": "AARRR stage tag: acquisition 拉新, activation 促活, revenue 成交, retention 复购, referral 转介."
            },
            "after": {
              "$ref": "#/definitions/after",
              "description": "Predecessors: a task or phase id, 'ID [TYPE] [±LAG]' or {id, type, lag}, or a list of them, e.g. [theme, \"posters SS +1d\"]. 前置依赖。"
            },
            "targets": {
              "$ref": "#/definitions/targets",
              "description": "Targets measured over this task's scheduled days: metric id → value, e.g. {visitors: 5万}."
            },
            "notes": {
              "$ref": "#/definitions/text",
              "description": "Free text. 备注。"
            }
          },
          "required": [
            "id",
            "name"
          ],
          "additionalProperties": false,
          "allOf": [
            {
              "if": {
                "properties": {
                  "milestone": {
                    "enum": [
                      true,
                      "true",
                      "True",
                      "TRUE",
                      "yes",
                      "Yes"
                    ]
                  }
                },
                "required": [
                  "milestone"
                ]
              },
              "then": {
                "properties": {
                  "duration": false,
                  "effort": false
                }
              },
              "else": {
                "anyOf": [
                  {
                    "required": [
                      "duration"
                    ]
                  },
                  {
                    "required": [
                      "effort"
                    ]
                  }
                ]
              }
            }
          ],
          "dependencies": {
            "duration": {
              "properties": {
                "effort": false
              }
            },
            "effort": {
              "anyOf": [
                {
                  "required": [
                    "role"
                  ]
                },
                {
                  "required": [
                    "roles"
                  ]
                }
              ]
            },
            "role": {
              "properties": {
                "roles": false
              }
            },
            "units": [
              "role"
            ]
          }
        },
        "tasks": {
          "description": "A list of tasks. 任务列表。",
          "type": "array",
          "items": {
            "$ref": "#/definitions/task"
          }
        },
        "phase": {
          "description": "A phase of the work breakdown structure (阶段): groups tasks and sub-phases, any depth.",
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/definitions/identifier",
              "description": "Phase id, unique among all tasks and phases, e.g. warmup. Required."
            },
            "name": {
              "$ref": "#/definitions/text",
              "description": "Display name, e.g. 预热锁客. Required."
            },
            "stage": {
              "$ref": "#/definitions/stage",
              "description": "AARRR stage tag: acquisition 拉新, activation 促活, revenue 成交, retention 复购, referral 转介."
            },
            "after": {
              "$ref": "#/definitions/after",
              "description": "Every task in the phase comes after these: a task or phase id, 'ID [TYPE] [±LAG]' or {id, type, lag}, or a list. 阶段前置依赖。"
            },
            "notBefore": {
              "$ref": "#/definitions/date",
              "description": "No task in the phase starts before this date. 最早开始日期。"
            },
            "deadline": {
              "$ref": "#/definitions/date",
              "description": "The phase should finish by this date. 截止日期。"
            },
            "targets": {
              "$ref": "#/definitions/targets",
              "description": "Targets measured over the phase's scheduled window (its first task's start to its last task's finish): metric id → value."
            },
            "tasks": {
              "$ref": "#/definitions/tasks",
              "description": "The phase's own tasks. 阶段任务。"
            },
            "phases": {
              "description": "Sub-phases, any depth. 子阶段。",
              "type": "array",
              "items": {
                "$ref": "#/definitions/phase"
              }
            },
            "notes": {
              "$ref": "#/definitions/text",
              "description": "Free text. 备注。"
            }
          },
          "required": [
            "id",
            "name"
          ],
          "additionalProperties": false
        },
        "plan": {
          "description": "A plan file (计划文件): one operating cycle (运营周期) or marketing canvas (营销画布).",
          "type": "object",
          "properties": {
            "cycleplan": {
              "$ref": "#/definitions/version",
              "description": "Format version: 1. Required. 格式版本，固定写 1。"
            },
            "id": {
              "$ref": "#/definitions/planId",
              "description": "Plan id, e.g. national-day-2026: a letter, then letters, digits, '_' or '-'. Required. 计划 ID。"
            },
            "title": {
              "$ref": "#/definitions/text",
              "description": "Display title, e.g. 国庆节线上促活活动. Required. 计划标题。"
            },
            "start": {
              "$ref": "#/definitions/date",
              "description": "Plan start date, YYYY-MM-DD. Required. 计划开始日期。"
            },
            "description": {
              "$ref": "#/definitions/text",
              "description": "Free text about the plan. 计划说明。"
            },
            "include": {
              "$ref": "#/definitions/include",
              "description": "Shared files (roles, metrics, calendar): one path or a list, relative to this file and inside the plan's folder tree. 引入共享文件。"
            },
            "calendar": {
              "$ref": "#/definitions/calendarField",
              "description": "The working calendar: {weekends, holidays, workdays}, or the path of a calendar file such as shared/calendar-cn-2026.yaml. 工作日历。"
            },
            "roles": {
              "$ref": "#/definitions/roles",
              "description": "Team roles: role id → {name, headcount, daysOff, notes}. 团队角色。"
            },
            "metrics": {
              "$ref": "#/definitions/metrics",
              "description": "KPIs: metric id → {name, kind, formula, unit, format, description}. 指标。"
            },
            "targets": {
              "$ref": "#/definitions/targets",
              "description": "Targets over the whole plan: metric id → value, e.g. {gmv: 120万, conversion: 3.5%}. 计划总目标。"
            },
            "phases": {
              "description": "The work breakdown structure (WBS): a list of phases, each with tasks and sub-phases. 阶段。",
              "type": "array",
              "items": {
                "$ref": "#/definitions/phase"
              }
            },
            "tasks": {
              "$ref": "#/definitions/tasks",
              "description": "Top-level tasks, outside any phase. 不属于任何阶段的任务。"
            },
            "review": {
              "description": "Review (复盘) settings: attainment thresholds for the status, and pacing weights for the expected-to-date curve.",
              "type": "object",
              "properties": {
                "atRisk": {"type": ["number", "string"], "description": "Attainment below this is at risk (default 95%). 预警线。"},
                "offTrack": {"type": ["number", "string"], "description": "Attainment below this is off track (default 85%). 未达标线。"},
                "pacing": {"type": "array", "items": {"type": ["number", "string"]}, "description": "Relative weights of the working days of a target's window; default linear. 节奏权重。"}
              },
              "additionalProperties": false
            },
            "actuals": {
              "description": "How the columns of actuals exports map to metrics and dimensions, when their headers are not the metrics' names. 实际数据列映射。",
              "type": "object",
              "properties": {
                "date": {"type": "string", "description": "The date column, e.g. 日期."},
                "metric": {"type": "string", "description": "Long exports: the column naming the metric, e.g. 指标."},
                "value": {"type": "string", "description": "Long exports: the column holding the value, e.g. 数值."},
                "columns": {"type": "object", "additionalProperties": {"$ref": "#/definitions/metricId"}, "description": "Header (or metric label) → metric id, e.g. {成交额(元): gmv}."},
                "dimensions": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Header → dimension name, e.g. {渠道: channel}."}
              },
              "additionalProperties": false
            },
            "experiments": {
              "description": "A/B tests run during the plan (A/B对照): the dimension holding the variant, the metric compared, the control variant.",
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {"$ref": "#/definitions/identifier", "description": "Experiment id."},
                  "name": {"$ref": "#/definitions/text", "description": "What was tested, e.g. 新客券面额."},
                  "metric": {"$ref": "#/definitions/metricId", "description": "The metric compared, e.g. conversion."},
                  "dimension": {"type": "string", "description": "The actuals column holding the variant, e.g. 分组."},
                  "control": {"type": ["string", "number"], "description": "The control variant, e.g. A."},
                  "sd": {"$ref": "#/definitions/metricId", "description": "For a mean metric: the metric holding each row's standard deviation (Welch's t-test). Give it with n."},
                  "n": {"$ref": "#/definitions/metricId", "description": "For a mean metric: the metric holding each row's sample size. Give it with sd."}
                },
                "dependencies": {"sd": ["n"], "n": ["sd"]},
                "required": ["id", "name", "metric", "dimension", "control"],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "cycleplan",
            "id",
            "title",
            "start"
          ],
          "additionalProperties": false
        },
        "includeFile": {
          "description": "A file included by a plan (共享文件): shared roles, metrics and calendar. Phases, tasks and targets belong to the plan itself.",
          "type": "object",
          "properties": {
            "cycleplan": {
              "$ref": "#/definitions/version",
              "description": "Format version: 1. Optional in an included file. 格式版本。"
            },
            "description": {
              "$ref": "#/definitions/text",
              "description": "Free text about the shared file. 说明。"
            },
            "include": {
              "$ref": "#/definitions/include",
              "description": "Further shared files: one path or a list, relative to this file and inside the plan's folder tree."
            },
            "calendar": {
              "$ref": "#/definitions/calendarField",
              "description": "The working calendar: {weekends, holidays, workdays}, or the path of a calendar file such as shared/calendar-cn-2026.yaml. 工作日历。"
            },
            "roles": {
              "$ref": "#/definitions/roles",
              "description": "Shared team roles: role id → {name, headcount, daysOff, notes}. They join the plan's roles. 共享角色。"
            },
            "metrics": {
              "$ref": "#/definitions/metrics",
              "description": "Shared KPIs: metric id → {name, kind, formula, unit, format, description}. They join the plan's metrics. 共享指标。"
            }
          },
          "additionalProperties": false
        },
        "calendarFile": {
          "description": "A calendar file (日历文件), named by calendar: <path>: its top level is the calendar mapping itself.",
          "type": "object",
          "properties": {
            "weekends": {
              "description": "Non-working weekdays; default [sat, sun]. Names mon…sun, full English names or 周一…周日, e.g. [周日] for a team that rests on Sunday only. Across includes the last definition wins. 周末。",
              "anyOf": [
                {
                  "type": "array",
                  "items": {
                    "$ref": "#/definitions/weekday"
                  }
                },
                {
                  "$ref": "#/definitions/weekday"
                }
              ],
              "default": [
                "sat",
                "sun"
              ]
            },
            "holidays": {
              "$ref": "#/definitions/dateEntries",
              "description": "Non-working days: dates, ranges or {date, name}, e.g. {date: \"2026-10-01..2026-10-07\", name: 国庆节}. Lists from includes and the plan are concatenated. 节假日。"
            },
            "workdays": {
              "$ref": "#/definitions/dateEntries",
              "description": "Make-up working days (调休上班): worked even if they fall on a weekend, e.g. [\"2026-09-27\", \"2026-10-10\"]. Lists from includes and the plan are concatenated."
            },
            "include": {
              "$ref": "#/definitions/path",
              "description": "A base calendar file to extend (one path, relative to this file); its entries come first. 继承的基础日历文件。"
            }
          },
          "additionalProperties": false
        }
      }
    }
    """#
}
