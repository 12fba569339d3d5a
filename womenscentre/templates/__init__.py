"""Prompt sets, safety-plan templates and the services directory: loading and checking.

Everything here is plain Python with no Qt and no database, so the editor, the CLI and the
tests share one loader. Files are TOML (``tomllib``, in the standard library): readable and
editable by a centre's manager, with comments. Every file is checked against a schema written
in code; a file with any problem is refused whole, with each problem named by file, line and
field (:class:`TemplateFileError`), and nothing from it is loaded.

Typical use::

    library = TemplateLibrary.load(local_dir=centre_templates)
    plan_template = library.safety_plan("domestic-abuse")
    first_meeting = library.prompt_set(SessionType.FIRST_MEETING)
"""

from womenscentre.templates.directory import Directory, DirectoryEntry, EntryKind
from womenscentre.templates.errors import TemplateFileError, TemplateProblem
from womenscentre.templates.fields import (
    ChecklistState,
    FieldSpec,
    FieldType,
    Option,
    RefersTo,
    YesNoUnsure,
)
from womenscentre.templates.library import TemplateLibrary, import_file
from womenscentre.templates.prompts import Guidance, PromptSection, PromptSet, already_known
from womenscentre.templates.safety_plans import (
    PlanKind,
    PlanSection,
    PlanView,
    ReviewTrigger,
    SafetyPlanTemplate,
)

__all__ = [
    "ChecklistState",
    "Directory",
    "DirectoryEntry",
    "EntryKind",
    "FieldSpec",
    "FieldType",
    "Guidance",
    "Option",
    "PlanKind",
    "PlanSection",
    "PlanView",
    "PromptSection",
    "PromptSet",
    "RefersTo",
    "ReviewTrigger",
    "SafetyPlanTemplate",
    "TemplateFileError",
    "TemplateLibrary",
    "TemplateProblem",
    "YesNoUnsure",
    "already_known",
    "import_file",
]
