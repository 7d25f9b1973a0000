/// The JSON Schema (draft-07) of the plan format, printed by `cycleplan schema`.
///
/// Editors use it through the `# yaml-language-server: $schema=…` line. Keep it in step with
/// `PlanReader` and docs/plan-format.md: Tests/schema/check_schema.py validates every shipped
/// plan and valid fixture against it, and every invalid fixture whose problem is one of shape.
public enum PlanSchema {
    public static let json: String = #"""
    {
      "$schema": "http://json-schema.org/draft-07/schema#",
      "$id": "https://cycleplan.dev/schema/plan-v1.json",
      "title": "cycleplan plan (format 1)",
      "description": "An operating-cycle plan or marketing canvas for cycleplan, or a file it includes (roles, metrics, calendar). See docs/plan-format.md.",
      "anyOf": [
        {
          "$ref": "#/definitions/plan"
        },
        {
          "$ref": "#/definitions/includedFile"
        },
        {
          "$ref": "#/definitions/calendarMapping"
        }
      ],
      "definitions": {
        "identifier": {
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$",
          "description": "An id: a letter or _, then letters, digits, _ or -. Chinese goes in `name`."
        },
        "metricId": {
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
          "description": "A metric id: letters, digits and _ (no -, formulas use it for minus)."
        },
        "date": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
          "description": "A date, YYYY-MM-DD."
        },
        "dateEntry": {
          "description": "A date, a range 2026-10-01..2026-10-07 (inclusive), or {date, name}.",
          "anyOf": [
            {
              "type": "string",
              "pattern": "^\\d{4}-\\d{2}-\\d{2}(\\s*\\.\\.\\s*\\d{4}-\\d{2}-\\d{2})?$"
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "date"
              ],
              "properties": {
                "date": {
                  "type": "string",
                  "pattern": "^\\d{4}-\\d{2}-\\d{2}(\\s*\\.\\.\\s*\\d{4}-\\d{2}-\\d{2})?$",
                  "description": "A date or a range."
                },
                "name": {
                  "type": "string",
                  "description": "What the day is, e.g. 国庆节."
                }
              }
            }
          ]
        },
        "duration": {
          "description": "Working days: 3d, 0.5d, 2w (5 days a week), 4h (8 h a day), 3天, 1周, 4小时, or a bare number of days.",
          "anyOf": [
            {
              "type": "number",
              "exclusiveMinimum": 0
            },
            {
              "type": "string",
              "pattern": "^\\s*\\d+(\\.\\d+)?\\s*(d|w|h|天|周|小时)?\\s*$"
            }
          ]
        },
        "lag": {
          "description": "A lag (+1d) or lead (-2d) in working days.",
          "anyOf": [
            {
              "type": "number"
            },
            {
              "type": "string",
              "pattern": "^\\s*[+-]?\\s*\\d+(\\.\\d+)?\\s*(d|w|h|天|周|小时)?\\s*$"
            }
          ]
        },
        "targetValue": {
          "description": "A target: 1200000, 1_200_000, 1,200,000, 3.5%, 120万, 1.2亿, 12k, or {value, window}.",
          "anyOf": [
            {
              "type": "number"
            },
            {
              "type": "string",
              "pattern": "^\\s*[¥￥]?[+-]?\\d[\\d_,]*(\\.\\d+)?\\s*(%|万|亿|k|K)?\\s*$"
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "value"
              ],
              "properties": {
                "value": {
                  "anyOf": [
                    {
                      "type": "number"
                    },
                    {
                      "type": "string",
                      "pattern": "^\\s*[¥￥]?[+-]?\\d[\\d_,]*(\\.\\d+)?\\s*(%|万|亿|k|K)?\\s*$"
                    }
                  ],
                  "description": "The target value."
                },
                "window": {
                  "$ref": "#/definitions/dateEntry",
                  "description": "Its own window instead of the node's scheduled window."
                }
              }
            }
          ]
        },
        "targets": {
          "type": "object",
          "description": "Targets by metric id, measured over the node's scheduled window.",
          "propertyNames": {
            "$ref": "#/definitions/metricId"
          },
          "additionalProperties": {
            "$ref": "#/definitions/targetValue"
          }
        },
        "dependency": {
          "description": "A predecessor: 'ID', 'ID +1d', 'ID -2d', 'ID SS +1d', or {id, type, lag}. ID is a task or a phase.",
          "anyOf": [
            {
              "type": "string",
              "pattern": "^\\s*[A-Za-z_][A-Za-z0-9_-]*(\\s+([Ff][Ss]|[Ss][Ss]|[Ff][Ff]|[Ss][Ff]))?(\\s+[+-]\\s*\\d+(\\.\\d+)?\\s*(d|w|h|天|周|小时)?)?\\s*$"
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id"
              ],
              "properties": {
                "id": {
                  "$ref": "#/definitions/identifier",
                  "description": "The task or phase this comes after."
                },
                "type": {
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
                  ],
                  "description": "FS finish-to-start (default), SS start-to-start, FF finish-to-finish, SF start-to-finish."
                },
                "lag": {
                  "$ref": "#/definitions/lag"
                }
              }
            }
          ]
        },
        "after": {
          "description": "Predecessors: one dependency or a list.",
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
          ],
          "description": "AARRR stage (海盗模型)."
        },
        "weekday": {
          "type": "string",
          "description": "mon … sun, full English names, or 周一 … 周日 / 星期一 … 星期日.",
          "pattern": "^([Mm]on(day)?|[Tt]ue(sday)?|[Ww]ed(nesday)?|[Tt]hu(rsday)?|[Ff]ri(day)?|[Ss]at(urday)?|[Ss]un(day)?|MON|TUE|WED|THU|FRI|SAT|SUN|(周|星期)[一二三四五六日天])$"
        },
        "calendarMapping": {
          "type": "object",
          "additionalProperties": false,
          "description": "The working calendar.",
          "properties": {
            "include": {
              "type": "string",
              "description": "A calendar file to extend (relative path inside the plan's folder)."
            },
            "weekends": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/weekday"
              },
              "description": "Days off every week; default [sat, sun]."
            },
            "holidays": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/dateEntry"
              },
              "description": "Non-working days."
            },
            "workdays": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/dateEntry"
              },
              "description": "Make-up working days (调休), worked even on a weekend."
            }
          }
        },
        "calendar": {
          "description": "A calendar mapping, or the path of a calendar file.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "$ref": "#/definitions/calendarMapping"
            }
          ]
        },
        "role": {
          "description": "A role: its display name (short form) or {name, headcount, daysOff, notes}.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "description": "Display name, e.g. 内容运营."
                },
                "headcount": {
                  "anyOf": [
                    {
                      "type": "integer",
                      "minimum": 0
                    },
                    {
                      "type": "string",
                      "pattern": "^\\d[\\d_]*$"
                    }
                  ],
                  "description": "People in the role: its capacity per working day. Default 1."
                },
                "daysOff": {
                  "type": "array",
                  "items": {
                    "$ref": "#/definitions/dateEntry"
                  },
                  "description": "Days this role does not work."
                },
                "notes": {
                  "type": "string",
                  "description": "Free text."
                }
              }
            }
          ]
        },
        "metric": {
          "description": "A metric: its display name (short form, a flow) or {name, kind, formula, unit, format, description}.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "description": "Display name, e.g. 成交额."
                },
                "kind": {
                  "type": "string",
                  "enum": [
                    "flow",
                    "stock",
                    "derived"
                  ],
                  "description": "flow: summed over a window (default); stock: last value; derived: computed by formula."
                },
                "formula": {
                  "type": "string",
                  "description": "Derived metrics: + - * / and parentheses over metric ids, e.g. orders / visitors."
                },
                "unit": {
                  "type": "string",
                  "description": "e.g. CNY, 人, 单."
                },
                "format": {
                  "type": "string",
                  "enum": [
                    "number",
                    "integer",
                    "percent",
                    "currency"
                  ],
                  "description": "How values are shown."
                },
                "description": {
                  "type": "string",
                  "description": "Free text."
                }
              }
            }
          ]
        },
        "task": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "name"
          ],
          "description": "A task.",
          "properties": {
            "id": {
              "$ref": "#/definitions/identifier"
            },
            "name": {
              "type": "string",
              "description": "What the task is, e.g. 海报设计."
            },
            "role": {
              "$ref": "#/definitions/identifier",
              "description": "The role doing the work."
            },
            "units": {
              "anyOf": [
                {
                  "type": "number",
                  "exclusiveMinimum": 0
                },
                {
                  "type": "string",
                  "pattern": "^\\s*[¥￥]?[+-]?\\d[\\d_,]*(\\.\\d+)?\\s*(%|万|亿|k|K)?\\s*$"
                }
              ],
              "description": "Units of `role`: 1 is one person, 0.5 half of one."
            },
            "roles": {
              "description": "Several roles: {role: units} or a list of role ids.",
              "anyOf": [
                {
                  "type": "object",
                  "propertyNames": {
                    "$ref": "#/definitions/identifier"
                  },
                  "additionalProperties": {
                    "anyOf": [
                      {
                        "type": "number",
                        "exclusiveMinimum": 0
                      },
                      {
                        "type": "string",
                        "pattern": "^\\s*[¥￥]?[+-]?\\d[\\d_,]*(\\.\\d+)?\\s*(%|万|亿|k|K)?\\s*$"
                      }
                    ]
                  }
                },
                {
                  "type": "array",
                  "items": {
                    "$ref": "#/definitions/identifier"
                  }
                }
              ]
            },
            "duration": {
              "$ref": "#/definitions/duration",
              "description": "Working days the task lasts."
            },
            "effort": {
              "$ref": "#/definitions/duration",
              "description": "Person-days of work; length = effort ÷ units."
            },
            "milestone": {
              "type": "boolean",
              "description": "A point in time, no duration."
            },
            "start": {
              "$ref": "#/definitions/date",
              "description": "Fixed start date (a milestone's date)."
            },
            "notBefore": {
              "$ref": "#/definitions/date",
              "description": "Start no earlier than."
            },
            "deadline": {
              "$ref": "#/definitions/date",
              "description": "Should finish by; missing it is a warning."
            },
            "priority": {
              "anyOf": [
                {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1000
                },
                {
                  "type": "string",
                  "pattern": "^\\d+$"
                }
              ],
              "description": "1–1000, default 500: higher goes first when roles are leveled."
            },
            "stage": {
              "$ref": "#/definitions/stage"
            },
            "after": {
              "$ref": "#/definitions/after"
            },
            "targets": {
              "$ref": "#/definitions/targets"
            },
            "notes": {
              "type": "string",
              "description": "Free text."
            }
          }
        },
        "phase": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "name"
          ],
          "description": "A phase: tasks and sub-phases.",
          "properties": {
            "id": {
              "$ref": "#/definitions/identifier"
            },
            "name": {
              "type": "string",
              "description": "e.g. 预热锁客."
            },
            "stage": {
              "$ref": "#/definitions/stage"
            },
            "after": {
              "$ref": "#/definitions/after",
              "description": "Every task in the phase comes after these."
            },
            "notBefore": {
              "$ref": "#/definitions/date",
              "description": "No task in the phase starts before."
            },
            "deadline": {
              "$ref": "#/definitions/date",
              "description": "The phase should finish by."
            },
            "targets": {
              "$ref": "#/definitions/targets"
            },
            "tasks": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/task"
              }
            },
            "phases": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/phase"
              },
              "description": "Sub-phases, any depth."
            },
            "notes": {
              "type": "string",
              "description": "Free text."
            }
          }
        },
        "include": {
          "description": "Shared files (roles, metrics, calendars), relative to this file.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          ]
        },
        "version": {
          "description": "The plan format version: 1.",
          "anyOf": [
            {
              "const": 1
            },
            {
              "const": "1"
            }
          ]
        },
        "plan": {
          "type": "object",
          "title": "plan",
          "description": "A plan file.",
          "required": [
            "cycleplan",
            "id",
            "title",
            "start"
          ],
          "additionalProperties": false,
          "properties": {
            "cycleplan": {
              "$ref": "#/definitions/version"
            },
            "id": {
              "$ref": "#/definitions/identifier",
              "description": "The plan id, e.g. national-day-2026."
            },
            "title": {
              "type": "string",
              "description": "The plan's title, e.g. 国庆节线上促活活动."
            },
            "start": {
              "$ref": "#/definitions/date",
              "description": "The plan's start date."
            },
            "description": {
              "type": "string",
              "description": "Free text."
            },
            "include": {
              "$ref": "#/definitions/include"
            },
            "calendar": {
              "$ref": "#/definitions/calendar"
            },
            "roles": {
              "type": "object",
              "description": "Roles by id.",
              "propertyNames": {
                "$ref": "#/definitions/identifier"
              },
              "additionalProperties": {
                "$ref": "#/definitions/role"
              }
            },
            "metrics": {
              "type": "object",
              "description": "Metrics by id: the KPI tree.",
              "propertyNames": {
                "$ref": "#/definitions/metricId"
              },
              "additionalProperties": {
                "$ref": "#/definitions/metric"
              }
            },
            "targets": {
              "$ref": "#/definitions/targets"
            },
            "phases": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/phase"
              },
              "description": "The work breakdown."
            },
            "tasks": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/task"
              },
              "description": "Tasks outside any phase."
            }
          }
        },
        "includedFile": {
          "type": "object",
          "title": "included file",
          "description": "A shared file of roles, metrics and a calendar, named in a plan's include.",
          "additionalProperties": false,
          "properties": {
            "cycleplan": {
              "$ref": "#/definitions/version"
            },
            "description": {
              "type": "string",
              "description": "Free text."
            },
            "include": {
              "$ref": "#/definitions/include"
            },
            "calendar": {
              "$ref": "#/definitions/calendar"
            },
            "roles": {
              "type": "object",
              "description": "Roles by id.",
              "propertyNames": {
                "$ref": "#/definitions/identifier"
              },
              "additionalProperties": {
                "$ref": "#/definitions/role"
              }
            },
            "metrics": {
              "type": "object",
              "description": "Metrics by id: the KPI tree.",
              "propertyNames": {
                "$ref": "#/definitions/metricId"
              },
              "additionalProperties": {
                "$ref": "#/definitions/metric"
              }
            }
          }
        }
      }
    }
    """#
}
