using NeoCloudSim.Compute;
using NeoCloudSim.Engine;

namespace NeoCloudSim.Serving;

/// <summary>
/// A group of GPUs serving one model copy with continuous batching: up to B requests decode together, each decode
/// step (a + b × batch seconds) emits one token for every request in the batch, and newly admitted requests join at
/// step boundaries after a prefill iteration that pauses the others.
/// </summary>
/// <remarks>
/// <para>Simulated exactly but not step by step: while the batch does not change, all its requests advance one token
/// per step, so the replica schedules one event at the next completion (k steps ahead, k the smallest number of
/// tokens left). A request arriving while the batch has room brings that event forward to the next step boundary.
/// The cost is a few events per request, not one per token.</para>
/// <para>A failure throws every request in the replica back into its site's queue (ahead of the others); they are
/// prefilled and decoded again from the start, since their KV cache is lost.</para>
/// </remarks>
internal sealed class Replica : INamedEventHandler
{
    private const int StepBoundary = 0;
    private const int PrefillDone = 1;

    private readonly Simulation _simulation;
    private readonly ServingProfile _profile;
    private readonly IReplicaHost _host;
    private readonly InferenceRequest[] _batch;
    private readonly BatchCompletions _completions; // per batch position, beside _batch: the step count at which its request has all its tokens
    private readonly int[] _donePositions; // scratch for the positions done at a step
    private readonly InferenceRequest[] _admitted;
    private readonly double[] _stepSecondsByBatch; // the profile's decode step for each batch size, computed once
    private int _batchCount;
    private long _steps; // decode steps run since the replica was installed
    private int _admittedCount;
    private uint _generation; // plans made; an event of an older plan is stale (wraps harmlessly: compared for equality)
    private double _planStart;
    private double _stepSeconds;
    private int _plannedSteps;

    public Replica(Simulation simulation, ServingProfile profile, IReplicaHost host, int index)
    {
        _simulation = simulation;
        _profile = profile;
        _host = host;
        Index = index;
        _batch = new InferenceRequest[profile.BatchLimit];
        _completions = new BatchCompletions(profile.BatchLimit);
        _donePositions = new int[profile.BatchLimit];
        _admitted = new InferenceRequest[profile.BatchLimit];
        _stepSecondsByBatch = new double[profile.BatchLimit + 1];
        for (int size = 0; size <= profile.BatchLimit; size++)
        {
            _stepSecondsByBatch[size] = profile.DecodeStepSeconds(size);
        }
    }

    /// <summary>Position of the replica in its site.</summary>
    public int Index { get; }

    /// <summary>What the replica is doing.</summary>
    public ReplicaPhase Phase { get; private set; }

    /// <summary>Requests in the replica (decoding and prefilling).</summary>
    public int Load => _batchCount + _admittedCount;

    /// <summary>True when the replica can take another request at its next step boundary.</summary>
    public bool HasRoom => Phase != ReplicaPhase.Down && !Reserved && Load < _profile.BatchLimit;

    /// <summary>True while the replica is dedicated to a reserved-capacity contract.</summary>
    public bool Reserved { get; internal set; }

    /// <summary>The serving profile.</summary>
    public ServingProfile Profile => _profile;

    /// <summary>Tells the replica that requests wait: an idle replica starts at once; a decoding one with room
    /// admits them at its next step boundary; a prefilling one at the end of its prefill.</summary>
    public void Wake()
    {
        switch (Phase)
        {
            case ReplicaPhase.Idle:
                StartIteration();
                break;
            case ReplicaPhase.Decoding when _batchCount < _profile.BatchLimit:
                int done = (int)Math.Floor((_simulation.Now - _planStart) / _stepSeconds);
                int steps = Math.Min(done + 1, _plannedSteps);
                double boundary = _planStart + steps * _stepSeconds;
                if (steps < _plannedSteps)
                {
                    Plan(boundary, steps, StepBoundary);
                }

                break;
        }
    }

    /// <summary>Takes the replica down: its requests go back to the site's queue.</summary>
    public void Fail()
    {
        if (Phase == ReplicaPhase.Down)
        {
            return;
        }

        bool wasBusy = Phase != ReplicaPhase.Idle;
        _generation++; // the planned event is now stale
        Phase = ReplicaPhase.Down;
        for (int i = _admittedCount - 1; i >= 0; i--)
        {
            Evict(_admitted[i]);
        }

        for (int i = _batchCount - 1; i >= 0; i--)
        {
            Evict(_batch[i]);
        }

        Array.Clear(_admitted, 0, _admittedCount);
        Array.Clear(_batch, 0, _batchCount);
        _admittedCount = 0;
        _batchCount = 0;
        _completions.Clear();
        if (wasBusy)
        {
            _host.OnBusyChanged(this, busy: false);
        }

        _host.OnLoadChanged(this);
    }

    /// <summary>Brings the replica back up after repair; it starts serving what waits.</summary>
    public void Repair()
    {
        if (Phase != ReplicaPhase.Down)
        {
            return;
        }

        Phase = ReplicaPhase.Idle;
        StartIteration();
    }

    /// <inheritdoc/>
    public void Handle(long tag)
    {
        var planned = EventTag.Unpack(tag);
        if (planned.Generation != _generation)
        {
            return; // made stale by a failure or a re-plan
        }

        if (planned.Kind == PrefillDone)
        {
            FinishPrefill();
        }
        else
        {
            Advance(_plannedSteps);
        }

        StartIteration();
    }

    private void StartIteration()
    {
        bool wasBusy = Phase is ReplicaPhase.Prefilling or ReplicaPhase.Decoding;
        double prefillSeconds = 0;
        while (_batchCount + _admittedCount < _profile.BatchLimit && _host.TakeNext(this) is { } request)
        {
            request.State = RequestState.Prefilling;
            if (double.IsNaN(request.ServiceStartedAt))
            {
                request.ServiceStartedAt = _simulation.Now;
            }

            _admitted[_admittedCount++] = request;
            prefillSeconds += _profile.PrefillWorkSeconds(request.PromptTokens);
            _host.OnServiceStarted(request, this);
        }

        if (_admittedCount > 0)
        {
            Phase = ReplicaPhase.Prefilling;
            Plan(_simulation.Now + _profile.PrefillOverheadSeconds + prefillSeconds, 0, PrefillDone);
        }
        else if (_batchCount > 0)
        {
            Phase = ReplicaPhase.Decoding;
            int fewest = (int)(_completions.First - _steps); // the fewest tokens left in the batch
            _planStart = _simulation.Now;
            _stepSeconds = _stepSecondsByBatch[_batchCount];
            Plan(_planStart + fewest * _stepSeconds, fewest, StepBoundary);
        }
        else
        {
            Phase = ReplicaPhase.Idle;
        }

        bool busy = Phase != ReplicaPhase.Idle;
        if (busy != wasBusy)
        {
            _host.OnBusyChanged(this, busy);
        }

        _host.OnLoadChanged(this);
    }

    private void FinishPrefill()
    {
        double now = _simulation.Now;
        for (int i = 0; i < _admittedCount; i++)
        {
            var request = _admitted[i];
            _admitted[i] = null!;
            if (double.IsNaN(request.FirstTokenAt))
            {
                request.FirstTokenAt = now;
                _host.OnFirstToken(request);
            }

            int remaining = request.OutputTokens - 1; // the prefill produces the first token
            if (remaining <= 0)
            {
                Complete(request);
            }
            else
            {
                request.State = RequestState.Decoding;
                _completions.Add(_steps + remaining); // at position _batchCount
                _batch[_batchCount++] = request;
            }
        }

        _admittedCount = 0;
    }

    private void Advance(int steps)
    {
        // Every request advances by the same steps, so advancing is counting them; only when the first request is done
        // does the batch need a visit (a step boundary brought forward for an arrival completes nobody).
        _steps += steps;
        if (_completions.First > _steps)
        {
            return;
        }

        // Done requests leave highest position first, the batch's last request taking the freed position: the order
        // of a scan from the end, found without one.
        int done = _completions.TakeDone(_steps, _donePositions);
        for (int j = 0; j < done; j++)
        {
            int position = _donePositions[j];
            var request = _batch[position];
            _batchCount--;
            if (position != _batchCount)
            {
                _batch[position] = _batch[_batchCount];
                _completions.Moved(_batchCount, position);
            }

            _batch[_batchCount] = null!;
            Complete(request);
        }
    }

    private void Complete(InferenceRequest request)
    {
        request.CompletedAt = _simulation.Now;
        request.State = RequestState.Completed;
        _host.OnCompleted(request);
    }

    private void Evict(InferenceRequest request)
    {
        request.Restarts++;
        request.State = RequestState.Waiting;
        _host.Requeue(request);
    }

    private void Plan(double at, int steps, int kind)
    {
        _generation++;
        _plannedSteps = steps;
        _simulation.ScheduleAt(at, this, new EventTag(kind, Index, _generation));
    }

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) =>
        $"Replica[{tag.Index}] {(tag.Kind == PrefillDone ? "PrefillDone" : "StepBoundary")} plan {tag.Generation}{(tag.Generation == _generation ? "" : " (stale)")}";
}
