"""Keep a query worker off the network: a seccomp filter under which ``socket()`` makes only AF_UNIX
sockets (any other family fails with EPERM), so no SPARQL text, however spelled, can make the worker
fetch a URL or resolve a name. The worker talks to its parent over a socket it inherited.

    from tifa.sandbox import forbid_network
    forbid_network()            # True once the filter is in force (False where seccomp is unavailable)

The filter is a small BPF program (``seccomp(2)`` with ``SECCOMP_FILTER_FLAG_TSYNC``, so every thread of
the process has it, and every thread started later): on x86_64 and aarch64 it checks the architecture of
each system call, refuses ``socket`` and ``socketpair`` for families other than AF_UNIX, refuses
``io_uring_setup`` (io_uring can open sockets without ``socket()``) and, on x86_64, the x32 system calls.
Calls made under another architecture (i386 emulation) are refused whole. ``PR_SET_NO_NEW_PRIVS`` comes
first, as the kernel requires of an unprivileged process, and is harmless for one that is not.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
import signal
import struct

PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP = 1, 38, 22
SECCOMP_MODE_FILTER, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC = 2, 1, 1
SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO = 0x7FFF0000, 0x00050000
EPERM, AF_UNIX = 1, 1

# (audit architecture, socket, socketpair, io_uring_setup, seccomp) by machine
ARCHITECTURES = {
    "x86_64": (0xC000003E, 41, 53, 425, 317),
    "aarch64": (0xC00000B7, 198, 199, 425, 277),
}
X32_SYSCALL_BIT = 0x40000000

# classic BPF opcodes
LD_ABS_W, JEQ_K, JGE_K, RET_K = 0x20, 0x15, 0x35, 0x06
# offsets in struct seccomp_data: nr (u32), arch (u32), instruction_pointer (u64), args[6] (u64, low half first)
NR, ARCH, ARG0 = 0, 4, 16


class _Filter(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def network_filter(machine: str) -> bytes:
    """The BPF program (struct sock_filter[], 8 bytes an instruction) for `machine` (``platform.machine()``)."""
    arch, socket, socketpair, io_uring_setup, _ = ARCHITECTURES[machine]
    program = [  # (code, jump if true, jump if false, k); jumps count the instructions skipped
        (LD_ABS_W, 0, 0, ARCH),
        (JEQ_K, 0, 8, arch),                        # another architecture: refuse
        (LD_ABS_W, 0, 0, NR),
        (JGE_K, 6, 0, X32_SYSCALL_BIT) if machine == "x86_64" else (JEQ_K, 6, 0, 0xFFFFFFFF),
        (JEQ_K, 3, 0, socket),
        (JEQ_K, 2, 0, socketpair),
        (JEQ_K, 3, 0, io_uring_setup),
        (RET_K, 0, 0, SECCOMP_RET_ALLOW),
        (LD_ABS_W, 0, 0, ARG0),                     # the address family
        (JEQ_K, 1, 0, AF_UNIX),
        (RET_K, 0, 0, SECCOMP_RET_ERRNO | EPERM),
        (RET_K, 0, 0, SECCOMP_RET_ALLOW),
    ]
    return b"".join(struct.pack("=HBBI", *instruction) for instruction in program)


def forbid_network() -> bool:
    """Install the filter on this process; False (and nothing changed) where it cannot be had: another
    operating system or architecture, or a kernel without seccomp filters."""
    machine = platform.machine()
    if os.uname().sysname != "Linux" or machine not in ARCHITECTURES:
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.syscall.restype = ctypes.c_long
    program = network_filter(machine)
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _Filter(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    seccomp = ARCHITECTURES[machine][4]
    if libc.syscall(seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, ctypes.byref(fprog)) == 0:
        return True
    return libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere nothing)."""
    if os.uname().sysname == "Linux":
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
