## Messages of the check stage.

# sunlight check：两张图表画的是同一数据集的同一组数字。
check-chart-twice = 图表 `{ $chart }` 画的数字与图表 `{ $first }` 完全相同
    .hint = 两张图表只保留一张，或者改画数据集中的其他列或行
# sunlight check：图表只有三个或更少的数字。
check-chart-few = 图表 `{ $chart }` 只有 { $count } 个数字
    .hint = 三个数字用一句带 value() 的话或一张小表格说得比图更清楚；只有图形本身有意义时才保留图表
# sunlight check：饼图或环形图中有一块几乎占了全部。
check-chart-dominant = 图表 `{ $chart }` 中有一块占整体的 { $share }%，其他部分几乎看不出来
    .hint = 请用一句话说明这个比例，或者把较小的部分画成柱状图
# sunlight check：折线图连接的类别不是连续的年份或月份。
check-chart-line-gaps = 折线图 `{ $chart }` 连接的类别不是连续的年份或月份
    .hint = 折线表示两点之间的数值呈连续趋势；各自独立的项目或有间断的时期请用 `type: bar`
# sunlight check：堆叠柱状图的组成部分太多，灰度下无法区分。
check-chart-stacked = 堆叠图 `{ $chart }` 有 { $parts } 个组成部分；超过 { $limit } 个时，黑白打印或分不清颜色的读者就无法区分
    .hint = 请把最小的几部分合并为“其他”，或者用 `type: grouped_bar` 把各部分并排画出
# sunlight check：页面中手写的数字与数据集中同一项的数字不一致。
check-figure-differs = 正文写的是 { $figure }，但 { $dataset } 中 `{ $row }` 的数字是 { $held }
    .hint = { $place } 是数据集中的数字；请改正其中一处，然后改用 { $call }
# sunlight check：手写的数字，页面引用的数据集中就有。
check-figure-in-dataset = 数字 { $figure } 是手写的，没有出处
    .hint = 数据集中有这个数字：请写成 { $call }
# sunlight check：手写的数字，某个数据集中有相同的值。
check-figure-elsewhere = 数字 { $figure } 是手写的，没有出处
    .hint = 有数据集中有相同的数字：请写成 { $call }
# sunlight check：手写的数字，任何数据集中都没有。
check-figure-unsourced = 数字 { $figure } 是手写的，没有出处
    .hint = 请把这个数字加到 data/ 中的数据集里，并用 value() 引用，让读者能看到出处
# sunlight check：页面中有 javascript: 链接。
link-script = { $page } 中有 javascript: 链接，它会在读者的浏览器中运行代码
    .hint = 请改为链接到页面或 http(s) 网址；脚本应放在 static/ 下的文件中
# sunlight check：以 / 开头、却在网站基础路径之外的链接。
link-outside = 链接 { $target } 指向网站基础路径之外
    .hint = 请改正链接：网站页面写成从网站根目录开始的 /栏目/页面/，或相对的 ../其他页面/，数据集写成 /data/数据集名/
# sunlight check：出现在每个页面上的部分中使用了相对链接。
link-relative = 链接 { $target } 是相对链接；请从网站根目录（/…）写起，这样在每个页面上都有效
    .hint = 请改正链接：网站页面写成从网站根目录开始的 /栏目/页面/，数据集写成 /data/数据集名/
# sunlight check：链接到网站中不存在的页面或文件。
link-missing = 链接 { $target } 指向的页面或文件不存在
    .hint = 请改正链接：网站页面写成从网站根目录开始的 /栏目/页面/，或相对的 ../其他页面/，数据集写成 /data/数据集名/
# sunlight check：链接到页面中不存在的锚点（#…）。
link-anchor = 链接 { $target } 指向的锚点（#…）在那个页面上不存在
    .hint = 请检查链接指向的标题或 id；标题的锚点来自标题文字
# sunlight check：CSV 或电子表格没有声明列的类型，类型是从其中的数字推断的。
check-types-inferred = 列的类型是根据数字推断的：{ $columns }
    .hint = 如果推断正确，请在 { $sidecar } 中声明（`columns: [{"{"}header: …, type: integer{"}"}]`）；如果不对，请在那里声明正确的类型
# sunlight check：没有任何页面显示的图表。
check-chart-unused = 没有页面显示图表 `{ $chart }`
    .hint = 请用 {"{{"} chart("{ $chart }") {"}}"} 显示它；如果是遗留的，可以删除
# sunlight check：没有任何页面引用的数据集。
check-dataset-unused = 没有页面引用数据集 `{ $dataset }`
    .hint = 请用 {"{{"} table("{ $dataset }") {"}}"} 或 value() 引用它；如果是遗留的，可以删除
# sunlight check：表格文件的指标层级是根据行的编号（一、 1. (1)）推断的，请编辑确认。
check-hierarchy-read = 指标层级是根据行的编号推断的：{ $groups }
    .hint = 如果推断正确，请在 { $sidecar } 中写 `hierarchy: numbering`；如果表格没有层级，请写 `hierarchy: none`
# sunlight check：数据集中已公布的数字自上次生成以来有改动，却没有更正记录（警告）。`changes` 列出最多三个单元格，写作“行 · 列（已公布的值）”；`more` 是其余的个数。
check-unrevised-change = 数据集 `{ $id }` 中已公布的数字自上次生成以来有改动，但没有更正记录说明（括号中是已公布的值）：{ $changes }{ $more ->
        [0] {""}
       *[other] ，另有 { $more } 处
    }
    .hint = 如果这是更正已公布的数字，请在数据集中加上 `revisions: [{"{"}date: YYYY-MM-DD, what: …, why: …, row: { $row }, column: { $column }, previous: …{"}"}]`，让读者看到更正；如果是改错了，请改回去
