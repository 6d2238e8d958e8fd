"""The query workers of `tifa serve`: processes (`tifa.query_worker`) that run SPARQL for the web app, so
that a query that crashes the engine, runs away or eats memory ends a worker, never the server.

    pool = QueryPool({"store": "/path/to/store"}, workers=4, timeout=10)
    answer = await pool.run("SELECT * { ?s ?p ?o } LIMIT 3", "text/csv", max_rows=10_000)
    await pool.close()

How a query is run:

* **Capacity.** Queries run one per process, `workers` at once. Workers are reused; they start on
  demand, and one more than are busy is kept ready, so that a query seldom waits for a process to
  start. A query finding no room waits in a queue, first come first served, for at most
  `queue_timeout` seconds (the queries that come before the first worker is ready wait for it to start,
  up to `START_TIMEOUT`); when `queue` queries already wait, it gets 503 at once.
* **Deadline.** A query still running after `timeout` seconds gets 503 and its worker is killed
  (SIGKILL frees its core and memory at once); a new worker starts in the background, ready in well
  under a second, so the slot is free again soon after the deadline.
* **Memory.** A worker whose resident memory passes `memory_mb` is killed the same way (checked every
  `WATCH_EVERY` seconds while it runs a query).
* **Long queries step aside.** A query running longer than `slow_after` seconds, or that has used
  0.03 s of processor time while other queries wait, moves to a lane of its own (up to `workers` such
  queries, so at most twice `workers` processes and a spare in all): its worker's priority drops to the
  minimum (nice 19) and the spare takes its place for other queries. So a few runaway queries hold
  neither the slots nor the cores that cheap queries need. A worker leaves the slow lane when its query
  ends (it is replaced: it cannot raise its own priority back).
* **Crashes.** A worker dying on a query answers 400 ("query too complex: …"); the next one is started.

Processes come from multiprocessing's forkserver (see `_FORKSERVER`): nothing of the threaded server is
inherited but the socket they talk over, and they die with it (``PR_SET_PDEATHSIG``, through the fork
server, which ends with the server). They stay in the server's session: where the kernel groups
scheduling by session (autogroup), a worker in a session of its own would compete with the server as
an equal whatever its nice value.
"""

from __future__ import annotations

import asyncio
import collections
import json
import multiprocessing
import os
import signal
import socket
import sys
from dataclasses import asdict

from tifa.answers import Answer
from tifa.query_worker import frame, read_header, run
from tifa.sparql_guard import Limits, Refused

# Workers are forked from a process that has imported them already (a new worker is ready in ~20 ms
# instead of ~0.4 s for a fresh interpreter); that process is a fresh interpreter itself, started once,
# so nothing of the threaded server is forked.
_FORKSERVER = multiprocessing.get_context("forkserver")
_FORKSERVER.set_forkserver_preload(["tifa.query_worker"])

WATCH_EVERY = 0.05  # seconds between looks at a running query's time and memory
# processor seconds after which a query steps aside when others wait (a cheap query's worker uses ~1 ms;
# its wall time under load is mostly the server's own delay in reading the answer)
BUSY_CPU_WHEN_WAITED_FOR = 0.03
START_TIMEOUT = 60  # seconds a new worker may take to open the store


class QueryPool:
    """Worker processes over the graph `source` (``{"store": DIR}`` or ``{"endpoint": URL}``)."""

    def __init__(self, source: dict, *, workers: int = 4, timeout: float = 10.0, queue: int = 64,
                 queue_timeout: float | None = None, memory_mb: int = 1024, slow_after: float = 1.0,
                 limits: Limits = Limits(), on_warning=None):
        self.config = {**source, "limits": asdict(limits)}
        self.size = workers
        self.timeout = timeout
        self.queue = queue
        self.queue_timeout = timeout if queue_timeout is None else queue_timeout
        self.memory_mb = memory_mb
        self.slow_after = slow_after
        self.warn = on_warning or (lambda message: print(f"tifa: warning: {message}", file=sys.stderr))
        self._workers: set[_Worker] = set()  # every process, whatever it does
        self._free: list[_Worker] = []  # ready and idle
        self._starting: set[asyncio.Task] = set()
        self._ending: set[asyncio.Task] = set()  # waits for killed workers to exit
        self._busy = 0  # queries running in the main lane (at most `size`)
        self._slow = 0  # queries running in the slow lane (at most `size`)
        self._waiters: collections.deque[asyncio.Future] = collections.deque()
        self._warned_unsandboxed = False
        self._closed = False
        self._ready_once = False  # a worker has started: until then a query waits for start-up, not a slot

    def start(self) -> None:
        """Start the first worker in the background (more start on demand)."""
        self._keep_spare()

    async def run(self, query: str, accept: str, *, max_rows: int) -> Answer:
        """The answer to `query`, or `Refused` with the status to answer (refused query, timeout, busy)."""
        worker = await self._acquire()
        answered = False
        try:
            header, body = await self._ask(worker, {"query": query, "accept": accept, "max_rows": max_rows})
            answered = True
        finally:
            self._release(worker, answered)
        if header["status"] != 200:
            raise Refused(header["status"], header["message"])
        return Answer(body, header["media_type"], header["truncated"])

    async def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        await asyncio.gather(*self._starting, return_exceptions=True)
        for worker in list(self._workers):
            self._retire(worker)
        await asyncio.gather(*self._ending, return_exceptions=True)

    # -- handing out workers --------------------------------------------------------------------------------

    async def _acquire(self) -> _Worker:
        """A worker for one query: at once when one is free, the main lane has room and nobody waits;
        else after the queries that came before."""
        if self._has_free() and self._busy < self.size and not self._waiters:
            worker = self._free.pop()
            self._busy += 1
            self._keep_spare()
            return worker
        if len(self._waiters) >= self.queue:
            raise Refused(503, f"server busy: the queue of waiting queries is full ({self.queue}); try again later")
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        self._keep_spare()
        try:
            # the first query after start-up waits for the first worker to open the store, however long the queue wait
            await asyncio.wait({waiter}, timeout=self.queue_timeout if self._ready_once else START_TIMEOUT)
        finally:
            if not waiter.done():
                waiter.cancel()
                self._waiters.remove(waiter)
            elif asyncio.current_task().cancelling() and isinstance(waiter.result(), _Worker):
                self._release(waiter.result(), answered=True)  # cancelled once handed a worker: pass it on
        if waiter.cancelled():
            raise Refused(503, f"server busy: no query worker was free within {self.queue_timeout:g} s; "
                               "try again later")
        if isinstance(waiter.result(), str):
            raise Refused(500, waiter.result())
        return waiter.result()

    def _dispatch(self) -> None:
        """Give free workers to the queries that waited longest, while the main lane has room."""
        while self._waiters and self._has_free() and self._busy < self.size:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(self._free.pop())
                self._busy += 1
        self._keep_spare()

    def _has_free(self) -> bool:
        """Whether a free worker is ready (those that died while idle are dropped)."""
        while self._free and not self._free[-1].alive():
            self._retire(self._free.pop())
        return bool(self._free)

    def _keep_spare(self) -> None:
        """Start workers so that one is ready beyond those running (one per waiting query, at most one
        more than the main lane holds): a query then seldom waits for a process to start."""
        want = 1 + sum(not waiter.done() for waiter in self._waiters)
        while (not self._closed and len(self._free) + len(self._starting) < want
               and self._busy + len(self._free) + len(self._starting) <= self.size):
            task = asyncio.get_running_loop().create_task(self._start())
            self._starting.add(task)
            task.add_done_callback(self._starting.discard)

    def _release(self, worker: _Worker, answered: bool) -> None:
        """After a query: back to the free workers, or killed (timed out, crashed, in the slow lane)."""
        if worker.slow:
            self._slow -= 1
        else:
            self._busy -= 1
        if answered and not worker.slow and worker.alive():
            self._free.append(worker)
        else:
            self._retire(worker)
        self._dispatch()

    def _step_aside(self, worker: _Worker) -> None:
        """Move a long query's worker to the slow lane, at the lowest priority, and let another run."""
        worker.slow = True
        self._busy -= 1
        self._slow += 1
        worker.lower_priority()
        self._dispatch()

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        if worker in self._workers:
            self._workers.discard(worker)
            ending = asyncio.get_running_loop().create_task(worker.wait())  # reaped, and awaited by close
            self._ending.add(ending)
            ending.add_done_callback(self._ending.discard)

    # -- processes ----------------------------------------------------------------------------------------

    async def _start(self) -> None:
        """Start one worker and make it free (or tell a waiting query why it could not start)."""
        parent_end, child_end = socket.socketpair()
        worker = None
        try:
            process = _FORKSERVER.Process(target=run, args=(child_end, self.config), name="tifa query worker",
                                          daemon=True)
            await asyncio.get_running_loop().run_in_executor(None, process.start)  # the first start is slow
            child_end.close()
            worker = _Worker(process, *await asyncio.open_unix_connection(sock=parent_end))
            self._workers.add(worker)
            header, _ = await asyncio.wait_for(worker.receive(), START_TIMEOUT)
        except (OSError, asyncio.IncompleteReadError, TimeoutError) as error:
            header = {"ready": False, "message": f"a query worker did not start ({type(error).__name__}: {error})"}
        finally:
            child_end.close()
        if not header.get("ready") or self._closed:
            if worker is not None:
                self._retire(worker)
            self._fail(header.get("message") or "the server is stopping")
            return
        if "store" in self.config and not header.get("sandboxed") and not self._warned_unsandboxed:
            self._warned_unsandboxed = True
            self.warn("seccomp is not available here: query workers are not cut off from the network "
                      "(SERVICE is still refused by reading the query)")
        self._ready_once = True
        self._free.append(worker)
        self._dispatch()

    def _fail(self, message: str) -> None:
        """Tell the query that waited longest that no worker could start (it would wait in vain)."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(message)
                return

    async def _ask(self, worker: _Worker, request: dict) -> tuple[dict, bytes]:
        """Send `request` and await the answer, watching the deadline and the worker's memory."""
        worker.writer.write(frame(request))
        reply = asyncio.ensure_future(worker.receive())
        loop = asyncio.get_running_loop()
        started, cpu_before = loop.time(), worker.cpu_seconds()
        try:
            while True:
                left = started + self.timeout - loop.time()
                done, _ = await asyncio.wait({reply}, timeout=max(0.0, min(WATCH_EVERY, left)))
                if done:
                    return reply.result()
                if loop.time() >= started + self.timeout:
                    raise Refused(503, f"query timed out after {self.timeout:g} s")
                if worker.rss_mb() > self.memory_mb:
                    raise Refused(503, f"query stopped: it needed more than {self.memory_mb:,} MB of memory")
                if not worker.slow and self._slow < self.size and (
                        loop.time() - started > self.slow_after
                        or self._waiters and worker.cpu_seconds() - cpu_before > BUSY_CPU_WHEN_WAITED_FOR):
                    self._step_aside(worker)
        except asyncio.IncompleteReadError:
            raise Refused(400, await worker.crash_message()) from None
        finally:
            reply.cancel()


class _Worker:
    """One worker process and the two ends of its socket."""

    def __init__(self, process, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.process = process
        self.reader = reader
        self.writer = writer
        self.slow = False

    async def receive(self) -> tuple[dict, bytes]:
        header_length, body_length = read_header(await self.reader.readexactly(8))
        header = json.loads(await self.reader.readexactly(header_length))
        return header, await self.reader.readexactly(body_length)

    def rss_mb(self) -> float:
        """Resident memory in MB (0 where /proc cannot tell)."""
        try:
            with open(f"/proc/{self.process.pid}/statm") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        except (OSError, ValueError, IndexError):
            return 0.0

    def cpu_seconds(self) -> float:
        """Processor time the worker has used (0 where /proc cannot tell)."""
        try:
            with open(f"/proc/{self.process.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return 0.0

    def lower_priority(self) -> None:
        """Nice 19 for every thread of the worker (Linux keeps a nice value per thread, and the query runs on
        a thread of its own)."""
        try:
            threads = [int(tid) for tid in os.listdir(f"/proc/{self.process.pid}/task")]
        except OSError:
            threads = [self.process.pid]
        for thread in threads:
            try:
                os.setpriority(os.PRIO_PROCESS, thread, 19)
            except OSError:
                pass

    def alive(self) -> bool:
        return self.process.exitcode is None

    async def wait(self) -> int:
        """The worker's exit code once it has ended (minus the signal that ended it)."""
        if self.alive():
            loop = asyncio.get_running_loop()
            ended = loop.create_future()
            loop.add_reader(self.process.sentinel, lambda: ended.done() or ended.set_result(None))
            try:
                await ended
            finally:
                loop.remove_reader(self.process.sentinel)
        return self.process.exitcode

    async def crash_message(self) -> str:
        try:
            code = await asyncio.wait_for(self.wait(), 2)
        except TimeoutError:
            code = None
        how = (signal.Signals(-code).name if code is not None and code < 0 and -code in signal.valid_signals()
               else f"exit status {code}")
        return f"query too complex: evaluating it crashed the query worker ({how})"

    def kill(self) -> None:
        if self.alive():
            try:
                self.process.kill()
            except ProcessLookupError:
                pass
        self.writer.close()
