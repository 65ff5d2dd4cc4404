"""Worker processes: `function(i)` for i in range(count), computed by forked
workers and given back in order, each result as soon as those before it are.

The workers are forked, so they inherit what the parent prepared (the rules)
and the function itself; only indices go out and results come back, a chunk
at a time, over one pipe each way per worker. This is not
`multiprocessing.Pool`: the Pool runs three threads in the parent to feed
tasks, collect results and watch its workers, which cost the parent about a
fifth of its CPU (1,000 drafts, --jobs 2: a median of 0.68 s against 0.53 s
here), time the workers lose when every core is busy. Here the parent waits on the result pipes and
does nothing else. Nor is it `multiprocessing.connection`: importing it (with
tempfile, shutil and the rest of multiprocessing) took 14 ms before the workers
could start, and plain pipes carrying pickles with their length before them
do the same. A worker that dies (killed, out of memory) ends the run
with an error rather than a hang, as a Pool's would.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
from collections.abc import Callable, Iterator
from typing import Any

from .. import compiled_patterns
from ..errors import UserError

try:  # the C pickler itself: the pickle module around it costs 2 ms to import
    from _pickle import dumps, loads
except ImportError:  # another Python than CPython
    from pickle import dumps, loads

_LENGTH = 8  # bytes that say how long the pickle after them is
_AHEAD = 2  # chunks each worker is given at a time


class _Worker:
    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid, self.tasks, self.results = pid, tasks, results  # the parent's ends of its pipes (descriptors)


def send(fd: int, value: Any) -> None:
    """`value` pickled down a pipe, its length first."""
    data = dumps(value, -1)
    view = memoryview(len(data).to_bytes(_LENGTH, "little") + data)
    while view:
        view = view[os.write(fd, view):]


def receive(fd: int) -> Any:
    """The next value sent down a pipe; EOFError when the other end closed it."""
    return loads(_exactly(fd, int.from_bytes(_exactly(fd, _LENGTH), "little")))


def _exactly(fd: int, size: int) -> bytes:
    chunks = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def ordered(function: Callable[[int], Any], count: int, jobs: int, chunk: int) -> Iterator[Any]:
    """function(0), function(1), ... function(count - 1), computed in `jobs`
    forked processes, `chunk` indices per task. Closing the iterator early
    (Ctrl-C, the reader went away) stops the workers at once."""
    chunks = _chunks(count, chunk, jobs)
    workers: list[_Worker] = []
    finished = False
    try:
        for _ in range(min(jobs, len(chunks))):
            workers.append(_start(function, chunks, workers))
        waiting = iter(range(len(chunks)))
        # Each worker holds a second chunk while it works on one: when it is done
        # the next is there, not a wait on this process, which shares the cores.
        given = {worker.results: 0 for worker in workers}  # chunks a worker holds, by result pipe
        for _ in range(_AHEAD):
            for worker in workers:
                if (index := next(waiting, None)) is not None:
                    _give(worker, index)
                    given[worker.results] += 1
        busy: dict[Any, _Worker] = {worker.results: worker for worker in workers}  # by result pipe
        done: dict[int, list] = {}
        wanted = 0
        while wanted < len(chunks):
            for ready in select.select(list(busy), [], [])[0]:
                worker = busy[ready]
                try:
                    index, ok, payload = receive(worker.results)
                except EOFError:
                    raise _died() from None
                if not ok:
                    error, where = payload
                    error.add_note(f"In a worker process:\n{where}")
                    raise error
                done[index] = payload
                following = next(waiting, None)
                if following is not None:
                    _give(worker, following)
                elif given[ready] == 1:  # its last chunk is back
                    _give(worker, None)
                    del busy[ready]  # told to stop: its pipe closes
                given[ready] -= following is None
            while wanted in done:
                yield from done.pop(wanted)
                wanted += 1
        finished = True
    finally:
        _stop(workers, finished)


def _chunks(count: int, size: int, jobs: int) -> list[range]:
    """range(count) in chunks of `size`, but the last few files one by one: a
    worker that still holds whole chunks when the others run out keeps them
    waiting, a core idle, at the end of every run."""
    single = min(count, size * jobs * _AHEAD) if size > 1 else 0
    cut = count - single
    return [range(i, min(i + size, cut)) for i in range(0, cut, size)] + [range(i, i + 1) for i in range(cut, count)]


def _start(function: Callable[[int], Any], chunks: list[range], others: list[_Worker]) -> _Worker:
    task_out, task_in = os.pipe()  # (read end, write end), neither inherited by programs run later
    result_out, result_in = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: serves until told to stop or the parent goes away
        code = 0
        try:
            for fd in (task_in, result_out, *(fd for w in others for fd in (w.tasks, w.results))):
                os.close(fd)  # the parent's ends, and the other workers' pipes: only its own stay open
            _serve(function, chunks, task_out, result_in)
        except BaseException:  # noqa: BLE001  # nothing may escape into the parent's code
            code = 1
        finally:
            with contextlib.suppress(BaseException):
                compiled_patterns.save()  # the patterns it compiled, for the next run (os._exit runs no atexit)
            os._exit(code)
    os.close(task_out)
    os.close(result_in)
    return _Worker(pid, task_in, result_out)


def _serve(function: Callable[[int], Any], chunks: list[range], tasks: int, results: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            index = receive(tasks)
        except EOFError:
            return
        if index is None:
            return
        try:
            found = [function(i) for i in chunks[index]]
        except Exception as exc:  # a bug: raised in the parent, as a serial run would
            import traceback  # only for a bug: it loads tokenize and textwrap

            send(results, (index, False, (_sendable(exc), traceback.format_exc())))
            return
        send(results, (index, True, found))


def _sendable(exc: Exception) -> Exception:
    """The exception if it crosses between processes intact, else a plain one that says what it was."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001  # any failure to pickle or rebuild it
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _give(worker: _Worker, index: int | None) -> None:
    """A chunk for the worker, or None: no more work, it exits."""
    try:
        send(worker.tasks, index)
    except OSError:  # its end of the pipe is gone: the worker is
        if index is not None:
            raise _died() from None


def _died() -> UserError:
    return UserError("a worker process stopped unexpectedly (killed, or out of memory?); run again with --jobs 1")


def _stop(workers: list[_Worker], finished: bool) -> None:
    """Every worker gone, none left behind: told to stop after a whole run, ended at once otherwise."""
    for worker in workers:
        if not finished:
            try:
                os.kill(worker.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        os.close(worker.tasks)
        os.close(worker.results)
    for worker in workers:
        os.waitpid(worker.pid, 0)
