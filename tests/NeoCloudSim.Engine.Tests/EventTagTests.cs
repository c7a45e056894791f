namespace NeoCloudSim.Engine.Tests;

public sealed class EventTagTests
{
    [Theory]
    [InlineData(0, 0, 0u)]
    [InlineData(1, 3, 17u)]
    [InlineData(EventTag.MaxKind, 0, 0u)]
    [InlineData(0, EventTag.MaxIndex, 0u)]
    [InlineData(0, 0, uint.MaxValue)]
    [InlineData(EventTag.MaxKind, EventTag.MaxIndex, uint.MaxValue)]
    [InlineData(7, 12_345, 0x8000_0000u)]
    public void Pack_then_unpack_gives_back_every_field(int kind, int index, uint generation)
    {
        var tag = new EventTag(kind, index, generation);

        var back = EventTag.Unpack(tag.Pack());

        Assert.Equal(kind, back.Kind);
        Assert.Equal(index, back.Index);
        Assert.Equal(generation, back.Generation);
        Assert.Equal(tag, back);
    }

    [Fact]
    public void Fields_sit_where_the_documented_layout_says()
    {
        Assert.Equal(0x0000_0011_0000_0301L, new EventTag(kind: 1, index: 3, generation: 0x11).Pack());
        Assert.Equal(-1L, new EventTag(EventTag.MaxKind, EventTag.MaxIndex, uint.MaxValue).Pack());
        Assert.Equal(EventTag.KindBits + EventTag.IndexBits + EventTag.GenerationBits, 64);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(0x1234_5678_9ABC_DEF0L)]
    public void Every_long_unpacks_and_packs_back_to_itself(long packed)
    {
        var tag = EventTag.Unpack(packed);

        Assert.Equal(packed, new EventTag(tag.Kind, tag.Index, tag.Generation).Pack());
    }

    [Theory]
    [InlineData(EventTag.MaxKind + 1)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void A_kind_out_of_range_throws_naming_the_limit(int kind)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EventTag(kind));

        Assert.Equal("kind", error.ParamName);
        Assert.Contains("[0, 255]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EventTag.MaxIndex + 1)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void An_index_out_of_range_throws_naming_the_limit(int index)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EventTag(0, index));

        Assert.Equal("index", error.ParamName);
        Assert.Contains("[0, 16777215]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generation_that_wrapped_still_tells_stale_from_current()
    {
        uint generation = uint.MaxValue;
        var stale = new EventTag(0, 0, generation);
        generation++; // unchecked: wraps to 0

        Assert.NotEqual(generation, EventTag.Unpack(stale.Pack()).Generation);
        Assert.Equal(generation, EventTag.Unpack(new EventTag(0, 0, generation).Pack()).Generation);
    }
}
