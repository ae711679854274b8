## 默认主题（themes/default/templates）给网站读者看的字词：模板中的 `tr("id")`。
## 中文页面用中文，其他语言的页面用英文。

# 数据集页：数据说明的标题（及页内目录中的链接）。
theme-about-data = 数据说明
# 数据集截止日期一栏的标题（数据目录条目、数据集页）。
theme-as-of = 数据截至
# 数据集页：返回数据目录的链接。
theme-back-to-catalogue = 返回数据目录
# 长页面末尾回到页首的链接。
theme-back-to-top = 返回顶部
# 面包屑导航的无障碍名称。
theme-breadcrumb = 面包屑
# 数据目录：各主题链接的标题。
theme-browse-by-topic = 按主题浏览
# 首页：进入数据目录的按钮。
theme-browse-catalogue = 浏览数据目录
# 首页：数据目录卡片的说明。
theme-catalogue-card = 本站发布的全部数据集，逐项注明来源和截止日期。可在线查看，也可下载 CSV（可用 Excel、WPS 表格打开）和 JSON。
# 没有数据集的网站的数据目录页。
theme-catalogue-empty = 暂无发布的数据集。
# 数据目录：导语末尾 datapackage.json 链接之后。
theme-catalogue-lead-format = （Frictionless Data 格式）。
# 非网站默认语言的数据目录页：导语末尾 datapackage.json 链接之后（其中的标签仍是网站默认语言）。
theme-catalogue-lead-format-translated = （Frictionless Data 格式）。
# 数据集页：引用本数据的页面列表的标题。
theme-cited-by = 引用本数据的页面
# 标签与后文之间的冒号：日期与更正内容之间、读屏软件朗读的链接与数据集标题之间。
theme-colon = ：
# 数据集页和数据目录页的 <meta name="ColumnType">（政府网站检查读取的栏目类型）。
theme-column-type-data = 数据发布
# 其他页面的 <meta name="ColumnType">。
theme-column-type-information = 信息公开
# 更正内容与所更正的单元格之间。
theme-correction-cell-before = 。
# 被更正单元格的原值与新值之间。
theme-correction-now = ，现为
# 被更正的单元格原来没有值时，新值之前。
theme-correction-now-only = 现为
# 被更正单元格的原值之前。
theme-correction-was = 原为
# 更正原因之后。
theme-correction-why-after = ）
# 更正原因之前。
theme-correction-why-before = （原因：
# 页面或数据集更正说明的标题（及页内目录中的链接）。
theme-corrections = 更正说明
# 指向数据目录的链接（页脚、首页卡片），以及数据目录页未设标题时的标题。
theme-data-catalogue = 数据目录
# 指向数据使用许可页的链接（页脚），以及网站有许可页时数据集许可一栏的标题。
theme-data-licence = 数据使用许可
# 数据集页：标题上方的小字。
theme-dataset-kicker = 数据集
# 公开文件文号一栏的标题。
theme-doc-no = 文号
# 页面公开信息（索引号、发文机关、文号）的标题。
theme-document-details = 公开信息
# 数据目录：把全部数据集的 CSV 打包成一个 ZIP 下载的按钮。
theme-download-all = 下载全部数据（CSV，ZIP 压缩包）
# 数据集页：下载 CSV 文件的按钮。
theme-download-csv = 下载 CSV
# 数据集页：下载数据的标题（及页内目录中的链接）。
theme-download-data = 下载数据
# 数据集页：下载 JSON 文件的按钮。
theme-download-json = 下载 JSON
# 数据集页：下载按钮下方的说明。
theme-download-note = CSV 文件采用带 BOM 的 UTF-8 编码，可直接用 Excel 或 WPS 表格打开，中文不会乱码；JSON 适合程序读取。
# 数据目录：标记为 example: true 的数据集的标签。
theme-example-badge = 示例
# 标记为 example: true 的数据集页面上的提示。
theme-example-notice = 这是虚构的示例数据，用于演示本站的工作方式，不是真实统计。
# 数据集页字段说明：字段名称一列的表头。
theme-field = 字段
# 数据集页字段说明：CSV 和 JSON 文件中所用列名一列的表头。
theme-field-key = 列名（CSV/JSON）
# 数据集页字段说明：类型一列的表头。
theme-field-type = 类型
# 数据集页字段说明：单位一列的表头。
theme-field-unit = 单位
# 数据目录：筛选框的标签（脚本运行时显示）。
theme-filter-datasets = 筛选数据集
# 数据目录：筛选时播报的结果数，由脚本在 n 处填入数目。
theme-filter-datasets-found = 共 { $n } 个数据集符合
# 数据目录：筛选后没有数据集时播报。
theme-filter-datasets-none = 没有符合的数据集
# 数据目录：筛选框中的提示文字。
theme-filter-datasets-placeholder = 输入名称或说明中的字词
# 页脚：地址（gov.address）之前。
theme-footer-address = 地址
# 页脚：公开邮箱（gov.email）之前。
theme-footer-email = 邮箱
# 页脚：主办单位（gov.host）之前。
theme-footer-host = 主办单位
# 页脚链接的无障碍名称。
theme-footer-nav = 站点信息
# 页脚：承办单位（gov.organizer）之前。
theme-footer-organizer = 承办单位
# 页脚：公开电话（gov.phone）之前。
theme-footer-phone = 电话
# 数据集页：更新频率一栏的标题。
theme-frequency = 更新频率
# 数据集的更新频率（update_frequency: half-yearly）。
theme-frequency-half-yearly = 每半年
# 数据集的更新频率（update_frequency: irregular）。
theme-frequency-irregular = 不定期
# 数据集的更新频率（update_frequency: monthly）。
theme-frequency-monthly = 每月
# 数据集的更新频率（update_frequency: once）。
theme-frequency-once = 一次性发布，不再更新
# 数据集的更新频率（update_frequency: quarterly）。
theme-frequency-quarterly = 每季度
# 数据集的更新频率（update_frequency: yearly）。
theme-frequency-yearly = 每年
# 信息公开目录：按主题分类排列的列表的标题。
theme-gov-by-topic = 按主题分类
# 信息公开目录：按年份排列的列表的标题。
theme-gov-by-year = 按年份
# 栏目页中政府信息公开目录的标题。
theme-gov-catalogue = 信息公开目录
# 信息公开目录：筛选中显示全部文件的选项。
theme-gov-filter-all = 全部
# 信息公开目录：筛选时播报的结果数，由脚本在 n 处填入数目。
theme-gov-filter-found = 共 { $n } 件符合
# 信息公开目录：筛选后没有文件时播报。
theme-gov-filter-none = 没有符合的文件
# 信息公开目录：主题分类筛选的标签。
theme-gov-filter-topic = 主题分类
# 信息公开目录：检索框的标签。
theme-gov-filter-words = 标题、文号或索引号
# 信息公开目录：年份筛选的标签。
theme-gov-filter-year = 年份
# 数据目录：某主题下全部数据集共同的来源之前。
theme-group-source = 本组数据来源：
# 主导航的第一个链接。
theme-home = 首页
# 公开文件索引号一栏的标题。
theme-index-no = 索引号
# 公开文件发文机关一栏的标题。
theme-issuer = 发文机关
# 重点数据卡片上指向来源数据集的链接。
theme-key-figure-source = 查看来源数据
# 首页或栏目页重点数据的标题（及页内目录中的链接）。
theme-key-figures = 重点数据
# 语言列表中，当前页面没有该语言的译文、链接指向该语言首页时，写在语言名后面。
theme-language-home = （首页）
# 页头语言列表的无障碍名称。
theme-language-nav = 语言
# 数据集页：网站没有许可页时，使用许可一栏的标题。
theme-licence = 使用许可
# 长栏目列表中指向下一页的链接。
theme-list-next = 下一页
# 仅供读屏软件朗读，其他页码之后。
theme-list-page-after = 页
# 仅供读屏软件朗读，栏目列表页码之前（“第3页”）。
theme-list-page-before = 第
# 仅供读屏软件朗读，当前页码之后。
theme-list-page-current = 页（当前）
# 长栏目列表下方页码的无障碍名称。
theme-list-pages-nav = 本栏目分页
# 长栏目列表中指向上一页的链接。
theme-list-previous = 上一页
# 主导航的无障碍名称。
theme-main-nav = 主导航
# 栏目中下一篇文章的标题之前。
theme-next-page = 下一篇
# 页面内目录的标题。
theme-on-this-page = 本页目录
# 栏目中上一篇、下一篇链接的无障碍名称。
theme-pager-nav = 上一篇/下一篇
# 页脚：党政机关网站标识图片的替代文字。
theme-party-mark = 党政机关网站标识
# 栏目中上一篇文章的标题之前。
theme-previous-page = 上一篇
# 仅打印时显示：页面地址之前。
theme-print-address = 本页地址：
# 仅打印时显示：打印日期之前，日期由脚本填入。
theme-print-date = 打印日期：
# 读者点击数字的链接来到它所在的单元格时，阅读脚本在表格上方写的话：这个数字（`value`，加粗显示），然后是表格标题、行名和列名。脚本会填入 `{value}`、`{table}`、`{row}` 和 `{column}`。
theme-cell-banner = 您查看的数字：{ $value }，来自“{ $table }”表“{ $row }”一行的“{ $column }”一栏。
# 表格比屏幕宽时，阅读脚本在表格上方写的提示。
theme-scroll-cue = 表格较宽，可左右滑动查看
# 页脚：指向隐私声明页（gov.privacy_page）的链接。
theme-privacy-statement = 隐私声明
# 公开文件发布日期一栏的标题。
theme-published = 发布日期
# 页面及栏目列表中，发布日期之前。
theme-published-on = 发布日期：
# 数据集页：咨询单位一栏的标题（gov.organizer、电话、邮箱）。
theme-questions = 咨询
# 页脚：指向全国政府网站找错平台（gov.report_error_url）的链接。
theme-report-error = 我为政府网站找错
# 数据集行数一栏的标题（数据目录条目、数据集页）。
theme-rows = 行数
# 还没有内容的栏目页。
theme-section-empty = 本栏目暂无内容。
# 栏目页：本栏目文章列表的标题。
theme-section-pages = 本栏目内容
# 首页：各栏目卡片的标题（及页内目录中的链接）。
theme-sections = 栏目导航
# 页脚：政府网站标识码（gov.site_id_code）之前。
theme-site-id = 网站标识码：
# 页脚中指向网站地图页的链接。
theme-site-map = 网站地图
# 页脚中指向 sitemap.xml（供搜索引擎读取的网站地图）的链接。
theme-sitemap-xml = 网站地图（XML）
# 每个页面的第一个链接，供键盘和读屏软件用户跳过页头。
theme-skip-link = 跳到主要内容
# 数据集来源一栏的标题（数据目录条目、数据集页）。
theme-source = 来源
# 栏目页：下级栏目的标题（及页内目录中的链接）。
theme-subsections = 下级栏目
# 页头中放大文字的按钮（脚本运行时显示）。
theme-text-size = 大字
# 数据集页：数据表的标题（及页内目录中的链接）。
theme-the-table = 数据表
# 数据集页字段说明：日期列的类型。
theme-type-date = 日期
# 数据集页字段说明：整数列的类型。
theme-type-integer = 整数
# 数据集页字段说明：数值列的类型。
theme-type-number = 数值
# 数据集页字段说明：百分比列的类型。
theme-type-percent = 百分比
# 数据集页字段说明：文本列的类型。
theme-type-text = 文本

# 每个页面的页脚：本站数据的来源（owner：网站标题中第一个“ · ”之前的部分）。
theme-footer-data-source = 本站数据均来自{ $owner }。每个数字都注明来源和截止日期，可在数据目录中查看原表并下载。
# 数据目录的导语，datapackage.json 链接之前（count：数据集个数）。
theme-catalogue-lead = 本目录列出本站发布的全部 { $count } 个数据集。每个数据集都注明来源和截止日期，可在线查看，也可下载 CSV（可用 Excel、WPS 表格打开）或 JSON。全部数据集的结构说明见
# 非网站默认语言的数据目录页的导语（count：数据集个数）。
theme-catalogue-lead-translated = 本目录列出本站发布的全部 { $count } 个数据集。
# 数据目录：主题链接之后，该主题下的数据集个数。
theme-topic-count = （{ $count }）
# 数据集的行数，写在“行数”一栏中（数据目录条目、数据集页）。
theme-row-count = { $rows } 行
# 数据集页：字段说明的标题，带字段个数。
theme-fields = 字段说明（{ $count } 个字段）
# 信息公开目录标题之后：目录中的文件件数。
theme-gov-catalogue-count = （共 { $count } 件）
# 首页：栏目卡片下方指向该栏目全部文章的链接（section：栏目标题）。
theme-section-all-pages = { $section }：全部 { $count } 篇
# 栏目文章列表标题之后：列出的文章篇数。
theme-section-count = （共 { $count } 篇）
# 分页的长栏目列表上方：当前是第几页、共几页。
theme-list-page-of = 第 { $page } 页，共 { $pages } 页
# 页内目录标题之后：目录中的小节数。
theme-toc-count = （{ $count } 节）
