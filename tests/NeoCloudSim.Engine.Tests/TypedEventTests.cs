namespace NeoCloudSim.Engine.Tests;

public sealed class TypedEventTests
{
    private sealed class Recorder(Simulation simulation) : IEventHandler
    {
        public List<(double Time, EventTag Tag)> Fired { get; } = [];

        public void Handle(long tag) => Fired.Add((simulation.Now, EventTag.Unpack(tag)));
    }

    private sealed class NamedReplica(int index) : INamedEventHandler
    {
        public const int StepBoundary = 0;
        public const int BatchDone = 1;

        public int Handled { get; private set; }

        public void Handle(long tag) => Handled++;

        public string DescribeEvent(EventTag tag) =>
            $"Replica[{index}] {(tag.Kind == BatchDone ? "BatchDone" : "StepBoundary")} gen {tag.Generation}";
    }

    private sealed class Anonymous : IEventHandler
    {
        public void Handle(long tag)
        {
        }
    }

    [Fact]
    public void Typed_tags_reach_the_handler_and_fire_in_time_priority_insertion_order()
    {
        var simulation = new Simulation();
        var recorder = new Recorder(simulation);
        // Packed values deliberately out of firing order: the tag must not enter the order.
        simulation.Schedule(5, recorder, new EventTag(9, 900, 9));
        simulation.Schedule(5, recorder, new EventTag(1, 1, 1), EventPriority.Late);
        simulation.Schedule(5, recorder, 3L);
        simulation.Schedule(5, recorder, new EventTag(2, 0, uint.MaxValue), EventPriority.Urgent);
        simulation.Schedule(2, recorder, new EventTag(EventTag.MaxKind, EventTag.MaxIndex, uint.MaxValue));
        simulation.ScheduleAt(5, recorder, new EventTag(0, 6));

        simulation.Run();

        Assert.Equal(
            [
                new EventTag(EventTag.MaxKind, EventTag.MaxIndex, uint.MaxValue),
                new EventTag(2, 0, uint.MaxValue),
                new EventTag(9, 900, 9),
                EventTag.Unpack(3),
                new EventTag(0, 6),
                new EventTag(1, 1, 1),
            ],
            recorder.Fired.Select(f => f.Tag));
        Assert.Equal([2.0, 5, 5, 5, 5, 5], recorder.Fired.Select(f => f.Time));
    }

    [Fact]
    public void A_typed_tag_checks_delay_and_time_as_a_long_tag_does()
    {
        var simulation = new Simulation();
        var recorder = new Recorder(simulation);
        simulation.Schedule(10, recorder, new EventTag(1));
        simulation.Run();

        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Schedule(-1, recorder, new EventTag(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.ScheduleAt(3, recorder, new EventTag(1)));
    }

    [Fact]
    public void The_text_tracer_prints_the_handler_s_names()
    {
        var simulation = new Simulation();
        var replica = new NamedReplica(3);
        using var writer = new StringWriter();
        simulation.Tracer = new TextEventTracer(writer);
        simulation.Schedule(1.5, replica, new EventTag(NamedReplica.BatchDone, 0, 17));
        simulation.Schedule(0.25, replica, new EventTag(NamedReplica.StepBoundary, 0, 16), EventPriority.Late);

        simulation.Run();

        Assert.Equal(2, replica.Handled);
        Assert.Equal(
            ["0.25 s  p1  #1  Replica[3] StepBoundary gen 16", "1.5 s  p0  #0  Replica[3] BatchDone gen 17"],
            writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_text_tracer_falls_back_to_type_and_fields_for_unnamed_handlers()
    {
        Assert.Equal("Anonymous kind 2 index 5 gen 7", TextEventTracer.Describe(new Anonymous(), new EventTag(2, 5, 7).Pack()));
    }

    [Fact]
    public void The_text_tracer_names_process_events()
    {
        var simulation = new Simulation();
        using var writer = new StringWriter();
        simulation.Tracer = new TextEventTracer(writer);
        simulation.Process(Body(simulation), "loader");

        simulation.Run();

        string trace = writer.ToString();
        Assert.Contains("Process 'loader' Start", trace, StringComparison.Ordinal);
        Assert.Contains("2 s  p0  #1  Timeout", trace, StringComparison.Ordinal);

        static IEnumerable<Engine.Processes.Event> Body(Simulation simulation)
        {
            yield return simulation.Timeout(2);
        }
    }
}
