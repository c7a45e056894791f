using System.Runtime.InteropServices;

namespace NeoCloudSim.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM, turned into one cancellation every command watches. The first signal asks the work to
/// stop: the command unwinds, removes what it was writing and exits with 128 + the signal's number (130 or 143).
/// Signals after the first change nothing, so a second Ctrl+C never cuts a clean-up short and never crashes.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    public StopSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, SigInt)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, SigTerm)),
        ];
    }

    /// <summary>Signalled on the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The exit code of a command stopped by the signal received: 130 for SIGINT, 143 for SIGTERM.</summary>
    public int ExitCode => 128 + (Volatile.Read(ref _signal) == SigTerm ? SigTerm : SigInt);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Stop(PosixSignalContext context, int signal)
    {
        context.Cancel = true; // the command ends itself, cleanly
        if (Interlocked.CompareExchange(ref _signal, signal, 0) == 0)
        {
            _stop.Cancel();
        }
    }
}
