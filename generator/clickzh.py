"""click in Chinese: its messages and help headings, and usage errors as one line.

click builds its texts with ``gettext`` (``_("Missing argument")`` …) looked up as a module global
at call time; `install` points those lookups at the table below.  A usage error prints one line,
``gen build：缺少参数 数据文件…（运行“gen build -h”查看用法）``, and exits with 2 as click does.
"""
from __future__ import annotations

import sys

import click

from .terminal import width

MESSAGES = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本并退出。",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "Aborted!": "已中止。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看用法。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing {param_type}": "缺少{param_type}",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有“{name}”这个命令。",
    "No such option {name!r}.": "没有“{name}”这个选项。",
    "Did you mean {possibility}?": "是否应为 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是否应为其中之一：{possibilities}？）",
    "Option {name!r} does not take a value.": "选项“{name}”后面不能跟值。",
    "Option {name!r} requires an argument.": "选项“{name}”后面需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项“{name}”后面需要 {nargs} 个值。",
    "Argument {name!r} takes {nargs} values.": "参数“{name}”需要 {nargs} 个值。",
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Got unexpected extra arguments ({args})": "多余的参数（{args}）",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "{value!r} is not a valid {number_type}.": "“{value}”不是有效的{number_type}。",
    "integer": "整数",
    "float": "数字",
    "{value} is not in the range {range}.": "{value} 不在允许的范围（{range}）内。",
    "{value!r} is not {choice}.": "“{value}”不是 {choice}。",
    "{value!r} is not one of {choices}.": "“{value}”不是 {choices} 之一。",
    "{name} {filename!r} does not exist.": "{name}“{filename}”不存在。",
    "{name} {filename!r} is a file.": "{name}“{filename}”是一个文件，不是文件夹。",
    "{name} {filename!r} is a directory.": "{name}“{filename}”是一个文件夹，不是文件。",
    "{name} {filename!r} is not readable.": "{name}“{filename}”没有读取权限。",
    "{name} {filename!r} is not writable.": "{name}“{filename}”没有写入权限。",
    "{name} {filename!r} is not executable.": "{name}“{filename}”不能执行。",
    "Could not open file {filename!r}: {message}": "无法打开文件“{filename}”：{message}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "default: {default}": "默认：{default}",
    "unknown error": "未知错误",
    "Value must be an iterable.": "应为一组值。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，只给了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，给了 {len} 个。",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，给了 {len_value} 个。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，给了 {len_value} 个。",
    "Invalid start character for option ({option})": "选项的第一个字符不对（{option}）",
    "{value!r} is not a valid boolean. Recognized values: {states}": "“{value}”不是是/否值，可用：{states}",
    "{value!r} is not a valid UUID.": "“{value}”不是有效的 UUID。",
    "{value!r} does not match the format {format}.": "“{value}”不符合格式 {format}。",
    "{value!r} does not match the formats {formats}.": "“{value}”不符合以下任一格式：{formats}。",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "Choice({choices})": "可选（{choices}）",
    "env var: {var}": "环境变量：{var}",
    "deprecated": "已停用",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": "提示：命令“{name}”已停用。{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": "提示：{param_type}“{name}”已停用。{extra_message}",
    "Couldn't detect Bash version, shell completion is not supported.": "无法判断 Bash 的版本，不能使用命令补全。",
    "Shell completion is not supported for Bash versions older than 4.4.": "Bash 4.4 以下的版本不能使用命令补全。",
    "Windows error: {error}": "Windows 错误：{error}",
    "Error: invalid input": "错误：输入无效",
    "Repeat for confirmation": "请再输入一次以确认",
    "Error: The two entered values do not match.": "错误：两次输入的不一致。",
    "Press any key to continue...": "按任意键继续……",
    "Do you want to continue?": "是否继续？",
    "Confirm the action without prompting.": "不询问，直接确认。",
    "{editor}: Editing failed": "{editor}：编辑失败",
    "{editor}: Editing failed: {e}": "{editor}：编辑失败：{e}",
}

# click's texts that only a wrongly written command definition shows (a programmer's error, raised when gen
# itself is built, never by a clerk's command line): left in English on purpose.
DEVELOPER_ONLY = {
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Could not determine name for option with declarations {decls!r}",
    "Name '{name}' defined twice",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? Did you mean to "
    "pass '--{name}'?",
    "Unknown color {colour!r}",
    "Unknown standard stream '{name}'",
    "(dynamic)",
    "d",                    # the day suffix of a progress bar's time estimate (gen draws its own bar)
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Point click's message lookups at the Chinese table (idempotent)."""
    import importlib
    modules = []
    names = ["core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "shell_completion",
             "utils", "_termui_impl"] + (["_winconsole"] if sys.platform == "win32" else [])
    for name in names:
        modules.append(importlib.import_module(f"click.{name}"))
    for module in modules:
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


def _one_line(text: str) -> str:
    text = " ".join(part.strip() for part in str(text).splitlines() if part.strip())
    return text[:-1] + "。" if text.endswith(("'.", '".')) else text


class Formatter(click.HelpFormatter):
    """Help pages with Chinese punctuation: “用法：gen build …”, “选项：”."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write(_wrap(text, self.width, initial_indent=indent, subsequent_indent=indent))
        self.write("\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        """Options and commands in two columns, measured in screen columns (a Chinese character takes two)."""
        rows = list(rows)
        first_col = min(max((width(first) for first, _ in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = _wrap(second, max(self.width - first_col - 2, 10)).splitlines() or [""]
            self.write(f"{lines[0]}\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n")


def _wrap(text: str, columns: int, **indents) -> str:
    """click's wrapping counts characters; Chinese ones take two columns, so wrap at as many characters as fit."""
    from click.formatting import wrap_text
    per_character = width(text) / max(len(text), 1)
    return wrap_text(text, max(int(columns / per_character), 10), preserve_paragraphs=True, **indents)


class Context(click.Context):
    formatter_class = Formatter


class Command(click.Command):
    """A command whose usage line reads 用法：gen build [选项] 数据文件…"""
    context_class = Context

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        super().__init__(*args, **kwargs)


class Group(click.Group):
    """The `gen` group: Chinese texts, one-line usage errors (exit 2), and commands made with `Command`."""
    command_class = Command
    context_class = Context

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        super().__init__(*args, **kwargs)

    def list_commands(self, ctx):
        """In the order they are defined (check, build, …), not alphabetically: help and messages list them so."""
        return list(self.commands)

    def resolve_command(self, ctx, args):
        """An unknown command is named with the commands there are (and the closest one)."""
        name = args[0] if args else ""
        if (name and not name.startswith("-") and not ctx.resilient_parsing
                and self.get_command(ctx, name) is None):
            import difflib
            known = self.list_commands(ctx)
            close = difflib.get_close_matches(name, known, n=1)
            guess = f"是否应为“{close[0]}”？" if close else ""
            raise click.UsageError(f"没有“{name}”这个命令（可用：{'、'.join(known)}）。{guess}", ctx)
        return super().resolve_command(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        install()
        prog_name = prog_name or self.name        # “gen”, also under python -m generator
        try:
            value = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.format_message(), err=True)       # `gen` alone: the help, as click shows it
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx is not None else (prog_name or "gen")
            click.echo(f"{command}：{_one_line(exc.format_message())}（运行“{command} -h”查看用法）", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"gen：{_one_line(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("gen：已中止。", err=True)
            sys.exit(1)
        if not standalone_mode:
            return value
        sys.exit(value if isinstance(value, int) else 0)
