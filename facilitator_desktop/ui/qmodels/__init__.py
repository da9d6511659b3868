"""Qt item models that adapt service dataclasses for views (never ORM objects)."""
