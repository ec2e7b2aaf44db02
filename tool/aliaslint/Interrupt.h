//===- Interrupt.h - Ctrl-C ends the run, not the output ----------*- C++ -*-===//
//
// On the first interrupt (SIGINT, and LLVM's other interrupt signals:
// SIGHUP, SIGTERM, SIGUSR2) the workers take no new file; the files in
// flight finish, what was found is printed, and aliaslint exits 130. The
// handler only sets an atomic flag, which is async-signal-safe; a second
// interrupt gets the default action and ends the process at once.
//
//===----------------------------------------------------------------------===//
#ifndef ALIASLINT_TOOL_INTERRUPT_H
#define ALIASLINT_TOOL_INTERRUPT_H

namespace aliaslint {

/// Exit status of an interrupted run: 128 + SIGINT, as shells report it.
constexpr int InterruptedExitStatus = 130;

/// Installs the handler, through LLVM's signal machinery (which also
/// removes its temporary files on the signal).
void installInterruptHandler();

/// Whether an interrupt arrived; cheap, from any thread.
bool interrupted();

} // namespace aliaslint

#endif
