"""One base error for everything a person must be told about, with what to do next."""

from station.messages import Message, msg


class StationError(Exception):
    """An error with a translatable message and the next step. The UI shows these in one
    place; command-line tools print them. Anything else is a bug and goes to the crash hook."""

    def __init__(self, message: Message, next_step: Message | None = None) -> None:
        super().__init__(message.render())
        self.message = message
        self.next_step = next_step or msg("Errors", "Call a supervisor if this keeps happening.")


class ConfigError(StationError):
    pass


class StorageError(StationError):
    pass
