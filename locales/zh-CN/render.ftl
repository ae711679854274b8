## Messages of the render stage.

# 两个源文件（页面、数据集）会写到同一个输出文件。
render-same-file = 两个源文件会写到同一个文件 { $path }：这一个和 { $other }
    .hint = 请把其中一个改名
# static/ 中的文件会覆盖生成的文件。
render-static-overwrites = 这个静态文件会覆盖由 { $other } 生成的 { $path }
    .hint = 请给这个静态文件改名或换个位置
# 输出文件超过 limits.output_mb。
render-file-too-large = 输出文件 { $path } 会超过 { $limit } MB（site.yaml 中的 limits.output_mb）
    .hint = 请把源文件拆成几个较小的文件；如果确实需要这么大，请在 site.yaml 中调高 `limits: {"{"}output_mb: …{"}"}`
# 填入表格、图表和数字之后，页面超过 limits.output_mb。
render-page-too-large = 填入表格、图表和数字之后，此页面会超过 { $limit } MB（site.yaml 中的 limits.output_mb）
    .hint = 大的表格或图表只显示一次，其他地方链接到它的数据集页面；只有页面确实需要这么大时，才在 site.yaml 中调高 `limits: {"{"}output_mb: …{"}"}`
# 页面中引用、列表或 HTML 嵌套得过深。
render-too-deep = 此页面的元素（引用、列表、HTML）嵌套超过 { $limit } 层
    .hint = 请简化页面：正常的页面不需要这么深的嵌套
# 无法生成包含全部数据集的压缩包（Sunlight 的缺陷）。
render-bundle = 无法生成 data/{ $name }
    .hint = 这是 Sunlight 的缺陷；请把生成时的输出一并报告给维护者
# 生成线程意外停止（Sunlight 的缺陷）。
render-thread = 生成线程出错
    .hint = 这是 Sunlight 的缺陷；请报告给维护者
# 图表无法绘制（Sunlight 的缺陷）。
render-chart-failed = 图表无法绘制
    .hint = 这是 Sunlight 的缺陷；请把图表文件一并报告给维护者
# 主题缺少每个主题都必须有的模板。
theme-missing-template = 主题中没有模板 { $name }
    .hint = 每个主题都必须有 index.html、section.html、page.html、dataset.html、catalogue.html、404.html、search.html 和 sitemap.html（见 docs/theme-contract.md）
# 模板生成的文字不是 UTF-8 编码。
template-not-utf8 = 模板生成的文字不是 UTF-8 编码
    .hint = 请检查模板调用的过滤器和函数
# 模板生成的页面超过 limits.output_mb，已停止。
template-too-large = 用此模板生成的页面会超过 { $limit } MB（site.yaml 中的 limits.output_mb），已停止生成
    .hint = 请检查是否有循环重复的次数远超预期；只有页面确实需要这么大时，才在 site.yaml 中调高 `limits: {"{"}output_mb: …{"}"}`
# 模板运行超过 limits.template_million_steps（永不结束的循环）。
template-out-of-steps = 模板在 { $limit } 百万步之内没有完成（site.yaml 中的 limits.template_million_steps）：可能有永不结束的循环、层层嵌套的循环，或生成了过大的值
    .hint = 请检查这一行附近的循环和 `range(…)`；只有页面确实这么大时，才在 site.yaml 中调高 `limits: {"{"}template_million_steps: …{"}"}`
# 主题模板用 tr() 调用了词库中没有的词条。
template-word-unknown = 模板调用了词条 `{ $id }`，但 locales/*/theme.ftl 中没有它
    .hint = 请对照 locales/en/theme.ftl 检查 tr("…") 中的词条名，或者在那里和 locales/zh-CN/theme.ftl 中添加这个词条
# 主题模板给 tr() 传了词条用不到的参数。
template-word-no-argument = 词条 `{ $id }` 没有参数 `{ $argument }`
    .hint = 请从 tr("…") 中删去这个参数，或者在两种语言的 locales/*/theme.ftl 中使用它
# 主题模板调用 tr() 时缺少词条需要的参数。
template-word-missing-argument = 词条 `{ $id }` 需要的参数 tr("…") 没有给出
    .hint = 请给出词条在 locales/*/theme.ftl 中用到的每个参数，例如 tr("{ $id }", count=3)
# 主题模板无法编译或渲染出错；后面引号中是模板引擎的原话。
template-error = 模板有误（{ $kind }）：`{ $detail }`
    .hint = 请改正模板的这一行；主题可用的变量见 docs/theme-contract.md
