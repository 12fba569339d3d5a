"""The centre's colleagues, for a manager's users screen: user name and role."""

from __future__ import annotations

from enum import IntEnum

from ui.models.base import ID_ROLE, RowsModel
from ui.wording import role_name
from womenscentre.domain.users import StaffUser
from womenscentre.i18n import N_

USER_ID_ROLE = ID_ROLE


class Column(IntEnum):
    NAME = 0
    ROLE = 1


HEADERS = (N_("User name"), N_("Role"))


class UsersModel(RowsModel[StaffUser]):
    headers = HEADERS

    def cell(self, row: StaffUser, column: int) -> str:
        return row.username if column == Column.NAME else role_name(row.role)

    def row_id(self, row: StaffUser) -> str:
        return row.id
