"""SQLModel tables of a project. The Alembic migrations are the authority on the schema on disk;
these classes must describe the head revision (a test compares them)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class ProjectInfo(SQLModel, table=True):
    __tablename__ = "project_info"

    key: str = Field(primary_key=True)
    value: str


class Annotator(SQLModel, table=True):
    __tablename__ = "annotators"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    role: str = "annotator"
    created_at: datetime = Field(default_factory=utcnow)


class Label(SQLModel, table=True):
    __tablename__ = "labels"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "entity"
    color: str = "#cccccc"
    shortcut: str | None = None
    description: str = ""
    position: int = 0


class Document(SQLModel, table=True):
    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_title", "title"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    text: str
    language: str = Field(default="und", index=True)
    source: str = ""
    pub_date: str | None = None
    content_hash: str = Field(unique=True)
    status: str = Field(default="new", index=True)
    meta: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    version: int = 1
    span_count: int = Field(default=0, index=True)


class Span(SQLModel, table=True):
    __tablename__ = "spans"
    __table_args__ = (
        Index("ix_spans_document_start", "document_id", "start"),
        UniqueConstraint("document_id", "start", "end", "label_id", name="uq_spans_position_label"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    start: int
    end: int
    label_id: int = Field(foreign_key="labels.id", index=True)
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id")
    status: str = "accepted"
    source: str = "manual"
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
