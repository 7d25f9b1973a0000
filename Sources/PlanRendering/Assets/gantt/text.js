/// The page's own words (controls, buttons, what they announce), in 中文 and English: one
/// table, so neither language can miss a key (a test compares them). The language is the
/// page's: `<html lang>` as HTMLRenderer writes it (zh-CN today), English when it is `en…`.
/// Elements the renderer writes with `data-t="key"` get their text from here, and
/// `data-t-placeholder`, `data-t-label` (aria-label) and `data-t-title` their attributes.
var TEXTS = {
  zh: {
    zoom: '缩放', day: '日', week: '周', month: '月', quarter: '季',
    criticalOnly: '只看关键路径', role: '角色', all: '全部', collapseAll: '全部折叠', expandAll: '全部展开',
    search: '搜索', searchPlaceholder: '任务、角色或人员', searchLabel: '按任务名称、角色或人员搜索',
    phase: '阶段', allPhases: '全部阶段', today: '回到今天', noToday: '今天不在计划期间内，也没有给出 --today',
    download: '下载', downloadSVG: '下载 SVG', downloadPNG: '下载 PNG', downloadLabel: '下载当前视图',
    collapse: '折叠', expand: '展开', chart: '甘特图', tasks: '任务',
    shown: function (n, total) { return '显示 ' + n + ' / ' + total + ' 项'; },
    none: '没有匹配的任务', pngFailed: '当前视图太大，浏览器画不出 PNG：请先筛选、折叠或缩小，或下载 SVG',
    critical: '关键路径', milestone: '里程碑', phaseBar: '阶段', nonWorking: '非工作日', past: '已过去', deadline: '截止日', pin: '固定开始',
    baseline: '基线', donePart: '已完成部分', statusDate: '状态日期', slipped: '延误',
    monthLabel: function (y, m) { return y + '年' + m + '月'; },
    quarterLabel: function (y, q) { return y + '年第' + q + '季度'; },
    weekLabel: function (w) { return w + '周'; },
    weekdays: ['日', '一', '二', '三', '四', '五', '六'], makeUp: '班', todayMark: '今天',
    page: function (n, total) { return '第 ' + n + ' / ' + total + ' 页'; },
    workingDays: function (n) { return n + ' 个工作日'; },
    days: function (n) { return n + ' 天'; },
    paren: function (s) { return '（' + s + '）'; },
    listSep: '、', rolesField: '角色: ', floatField: '总时差: ', criticalNote: '关键路径',
    leveled: function (n) { return '资源平衡推迟 ' + n + ' 天'; },
    deadlineField: '截止: ', onTime: '按期', pinField: '固定开始: ', targetField: '目标: ',
  },
  en: {
    zoom: 'Zoom', day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter',
    criticalOnly: 'Critical path only', role: 'Role', all: 'All', collapseAll: 'Collapse all', expandAll: 'Expand all',
    search: 'Search', searchPlaceholder: 'Task, role or person', searchLabel: 'Search by task name, role or person',
    phase: 'Phase', allPhases: 'All phases', today: 'Jump to today', noToday: 'Today is outside the plan and no --today was given',
    download: 'Download', downloadSVG: 'Download SVG', downloadPNG: 'Download PNG', downloadLabel: 'Download the current view',
    collapse: 'Collapse', expand: 'Expand', chart: 'Gantt chart', tasks: 'Tasks',
    shown: function (n, total) { return n + ' of ' + total + ' rows shown'; },
    none: 'No task matches', pngFailed: 'The view is too large for the browser to draw as PNG: filter, collapse or zoom out first, or download the SVG',
    critical: 'Critical path', milestone: 'Milestone', phaseBar: 'Phase', nonWorking: 'Non-working day', past: 'Past', deadline: 'Deadline', pin: 'Fixed start',
    baseline: 'Baseline', donePart: 'Done', statusDate: 'status date', slipped: 'Late',
    monthLabel: function (y, m) { return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] + ' ' + y; },
    quarterLabel: function (y, q) { return 'Q' + q + ' ' + y; },
    weekLabel: function (w) { return 'W' + w; },
    weekdays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'], makeUp: 'work', todayMark: 'today',
    page: function (n, total) { return 'page ' + n + ' / ' + total; },
    workingDays: function (n) { return n + ' working day' + (n === 1 ? '' : 's'); },
    days: function (n) { return n + ' d'; },
    paren: function (s) { return ' (' + s + ')'; },
    listSep: ', ', rolesField: 'Roles: ', floatField: 'Total float: ', criticalNote: 'critical path',
    leveled: function (n) { return 'Delayed ' + n + ' d by leveling'; },
    deadlineField: 'Deadline: ', onTime: 'on time', pinField: 'Fixed start: ', targetField: 'Target: ',
  },
};
var LANG = /^en/i.test(document.documentElement.getAttribute('lang') || '') ? 'en' : 'zh';
var T = TEXTS[LANG];

/// Writes the table's words into the elements the renderer marked.
function applyTexts(root) {
  [['data-t', null], ['data-t-placeholder', 'placeholder'], ['data-t-label', 'aria-label'], ['data-t-title', 'title']].forEach(function (pair) {
    root.querySelectorAll('[' + pair[0] + ']').forEach(function (el) {
      var text = T[el.getAttribute(pair[0])];
      if (typeof text !== 'string') { return; }
      if (pair[1]) { el.setAttribute(pair[1], text); } else { el.textContent = text; }
    });
  });
}
applyTexts(document);
