## 插入其他消息中的词语：个人信息的种类、列的类型、值的种类。

# 个人信息的种类，用于隐私警告，以及消息中被遮盖的值所在之处。
term-kind-id-number = 居民身份证号码
# 个人信息的种类。
term-kind-mobile = 手机号码
# 个人信息的种类。
term-kind-landline = 固定电话号码
# 个人信息的种类。
term-kind-bank-card = 银行卡号
# 个人信息的种类。
term-kind-passport = 护照或通行证号码
# 个人信息的种类。
term-kind-email = 电子邮箱地址
# 个人信息的种类。
term-kind-credential = 密码或登录凭据
# 个人信息的种类：凭形状认出的访问密钥或令牌（AKIA…、ghp_…、xoxb-…）。
term-kind-access-token = 访问密钥或令牌
# 个人信息的种类：正文中留下的 privacy.strip 编辑标记。
term-kind-marker = 编辑标记
# 个人信息的种类：明细数据集个人信息列中的姓名。
term-kind-roster-name = 明细数据集中的姓名
# 仅输出检查：任何源文件中都没有的长串数字。
term-kind-long-number = 来历不明的长串数字
# 操作系统拒绝打开或写入的原因。
term-io-not-found = 不存在
# 操作系统拒绝的原因。
term-io-permission = 没有权限
# 操作系统拒绝的原因：端口已被占用。
term-io-in-use = 已被其他程序占用
# 操作系统拒绝的原因。
term-io-read-only = 磁盘是只读的
# 操作系统拒绝的原因。
term-io-full = 磁盘空间不足
# 操作系统拒绝的原因。
term-io-is-folder = 这是一个文件夹
# 操作系统拒绝的原因。
term-io-not-folder = 路径中有一部分不是文件夹
# 操作系统拒绝的原因。
term-io-not-empty = 文件夹不是空的
# 操作系统拒绝的原因。
term-io-invalid-data = 内容无法读取
# 操作系统拒绝的原因（以上都不是时）。
term-io-other = 系统拒绝了操作
# 值的种类，用于 YAML 消息（“这里应当是……，实际写的是……”）。
term-value-mapping = 一组设置（每行“键: 值”）
# 值的种类。
term-value-list = 列表（每行以 - 开头）
# 值的种类。
term-value-text = 文字
# 值的种类。
term-value-boolean = true 或 false
# 值的种类：计数、上限（0 或更大）。
term-value-count = 0 或更大的整数
# 值的种类。
term-value-integer = 整数
# 值的种类。
term-value-number = 数字
# 值的种类：什么也没写。
term-value-empty = 空值
# 解析器用它自己的说法命名的值的种类。
term-value-other = 另一种值
# 文件夹无法读取的原因：其中的链接又指回了它自己。
term-io-loop = 链接又指回了它自己
# 值的种类：图表的 `y:`。
term-value-columns = 一个列标识或一组列标识
# 值的种类：明细数据集的 `publish:`。
term-value-tables = 一张汇总表（`group_by:` 和 `measures:`）或一组汇总表
# 值的种类：汇总表的 `measures:`。
term-value-measures = 统计项名称及其统计方式（count、sum、mean、min 或 max）
# 列的类型，用于消息中。
term-type-text = 文字
# 列的类型。
term-type-integer = 整数
# 列的类型。
term-type-number = 数值
# 列的类型。
term-type-percent = 百分比
# 列的类型。
term-type-date = 日期
# 模板错误的种类：写法不对。
term-template-syntax = 写法不对
# 模板错误的种类：变量不存在。
term-template-undefined = 用到了不存在的值
# 模板错误的种类：过滤器或函数不存在。
term-template-unknown = 调用了不存在的过滤器或函数
# 模板错误的种类：引入的模板不存在。
term-template-missing = 引入的模板不存在
# 模板错误的种类：参数太多或太少。
term-template-arguments = 调用的参数太多或太少
# 模板错误的种类（以上都不是）。
term-template-other = 生成页面时出错
# 没有单位的数字，用在说明单位的句子里。
term-no-unit = 空（没有单位）
