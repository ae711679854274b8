## 插入其他消息中的片段（作为其参数之一，例如原因列表或缺少的部分），因此没有自己的提示。

## 附件为什么无法完整读取：`egress-unread` 列出的原因。每条都接在“Sunlight 无法完整读取此文件，所以不予发布：……”之后，前面是它所涉及的文件部分。

# 解压后会超过 200 MB 的上限（压缩炸弹也是这样）。
unread-too-large = 解压后超过 200 MB，不予处理（压缩炸弹也是这个样子）
# 压缩包或文档层层嵌套，超过了允许的层数。
unread-too-deep = 文件套文件超过了 { $limit } 层，不予处理
# 读取这种格式的程序处理它时出错。
unread-parser-failed = 无法解析（读取这种格式的程序处理它时出错）
# 主题以外的字体文件。
unread-font = 这是字体文件（{ $format }）；字体只有作为主题的一部分才能不经审核发布
# 图片，可能是扫描的文件。
unread-image = 这是图片（{ $format }），可能是 Sunlight 无法读取的扫描件
# 旧版二进制 Office 文件。
unread-legacy-office = 这是旧版 Office 文档（.doc、.xls、.ppt 或 .wps），Sunlight 无法读取；请另存为 DOCX、XLSX 或 PDF
# RAR 或 7z 压缩包。
unread-rar = 这是 RAR 或 7z 压缩包，Sunlight 无法打开；请改为发布 ZIP
# bzip2、xz 或 zstd 压缩文件。
unread-compressed = 压缩格式（bzip2、xz 或 zstd）Sunlight 无法打开；请改为发布 ZIP 或 gzip
# tar 归档文件。
unread-tar = 这是 tar 归档文件，Sunlight 无法打开；请改为发布 ZIP
# 格式不明的二进制数据。
unread-binary = 这是 Sunlight 无法当作文字读取的二进制数据
# 损坏的 ZIP 文件。
unread-zip-damaged = 看起来是 ZIP 文件，但无法打开（已损坏，或者是 Sunlight 不认识的格式）
# 文件过多的 ZIP。
unread-zip-too-many = 其中的文件超过 { $limit } 个，不予处理
# ZIP 中加了密的文件。
unread-encrypted = 已加密，Sunlight 无法读取
# ZIP 中无法解压的文件。
unread-entry-damaged = 无法解压（已损坏，或者用了未知的压缩方式）
# 损坏的 gzip 文件。
unread-gzip-damaged = 看起来是 gzip 文件，但无法解压
# 编码文件过多的 vCard 或 iCalendar 文件。
unread-directory-too-many = 其中编码的文件超过 { $limit } 个，不予处理
# 无法解码的 base64 值。
unread-base64 = 其中的 base64 值无法解码
# 提前结束的 PNG 文件。
unread-png-short = PNG 文件不完整
# PNG 中无法解压的压缩文字。
unread-png-text = 其中压缩的文字无法解压
# 损坏的 JPEG 文件。
unread-jpeg-damaged = JPEG 文件已损坏
# 提前结束的 JPEG 文件。
unread-jpeg-short = JPEG 文件不完整
# 无法解析的 MIME 文档（MHT、EML）。
unread-mime-damaged = 看起来是 MIME 文档（MHT、EML），但无法解析
# 部分过多的 MIME 文档。
unread-mime-too-many = 其中的部分超过 { $limit } 个，不予处理
# MIME 文档中无法解码的部分。
unread-mime-part = 这一部分无法解码
# XLSX 中不是规范 XML 的工作表。
unread-sheet-xml = 这个工作表不是规范的 XML，无法读取
# Office 文件中不是规范 XML 的部分。
unread-part-xml = 这一部分不是规范的 XML，无法读取
# 加密的 PDF。
unread-pdf-encrypted = 这是加密的 PDF，Sunlight 无法读取
# 损坏的 PDF。
unread-pdf-damaged = 看起来是 PDF，但无法解析（可能已损坏）
# 增量更新过多的 PDF。
unread-pdf-versions = 其中的版本（增量更新）超过 { $limit } 个，不予处理
# PDF 中用了没有字符映射表的字体的文字。
unread-pdf-no-unicode = 其中有文字用了没有字符映射表（ToUnicode）的字体，Sunlight 无法读取这些文字
# 无法解压的 PDF 数据流。
unread-pdf-stream = 其中的内容无法解压（可能已损坏）
# 显示图片的 PDF 页面。
unread-pdf-image = 其中显示了一张图片，可能是 Sunlight 无法读取的扫描件
# 只有图形、没有文字层的 PDF 页面。
unread-pdf-outlines = 其中有图形却没有文字层（文字被转成轮廓时就是这样）
# RTF 文档中的二进制数据。
unread-rtf-binary = 其中有 Sunlight 无法读取的二进制数据（\bin）
# RTF 文档中的图片。
unread-rtf-picture = 其中显示了一张图片，可能是 Sunlight 无法读取的扫描件
# RTF 文档中的嵌入对象。
unread-rtf-object = 其中有 Sunlight 无法读取的嵌入对象
# A static page or style sheet loads a font of its own, which could draw letters as digits.
unread-own-font = 其中自带字体（`@font-face` 或 SVG 字体），字体可以把字母画成别的字母或数字，隐私检查看不到；请使用主题自带的字体
# 用 CSS `content:` 往页面上写数字的样式表。
unread-css-digits = 其中的样式表用 CSS `content:` 往页面上写数字，隐私检查无法把这些数字和旁边的文字放在一起检查；请把数字直接写在页面中
# `egress-unread` 列表中的一个位置及其原因。
unread-at = { $place }：{ $reason }

## 译文中仍是默认语言的部分：`translation-partial` 列出的各项。

# 数据集或图表中没有译文的文字：标题、说明、来源、主题、副标题、注释、单位或 figure 的比较标签。
translation-part-word = { $part ->
        [title] 标题
        [description] 说明
        [source] 来源
        [topic] 主题
        [subtitle] 副标题
        [note] 注释
        [unit] 单位
       *[compare] 比较标签
    }
# 没有译文的列标签或单位。
translation-part-columns = { $count } 个列标签或单位（{ $columns }）
# 表中没有译文的文字（行名、文字单元格）；`line` 是第一处所在的行，不知道时为 0。
translation-part-texts = 表中的 { $count } 处文字{ $line ->
        [0] {""}
       *[other] （第一处在第 { $line } 行）
    }
# 静态页面自己的 CSS（style 属性或 <style> 规则）以隐私检查无法跟踪的方式移动或隐藏文字。
unread-css-layout = 其中自己的 CSS（第 { $line } 行）以隐私检查无法跟踪的方式移动或隐藏文字（定位、变换、命名网格区域、竖排，或只选中所写元素中一部分的规则，如 `:nth-child`、`p > span`）；请使用普通的类名，并按书写顺序排列文字
