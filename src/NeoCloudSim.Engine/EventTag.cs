using System.Globalization;
using System.Runtime.CompilerServices;

namespace NeoCloudSim.Engine;

/// <summary>
/// What a direct event is about, in the handler's own terms: a <see cref="Kind"/> (which of the handler's events), an
/// <see cref="Index"/> (which of its parts: a replica, a partner, a planned action) and a <see cref="Generation"/> (to
/// recognise an event made stale by a later decision). Packs into the 64-bit tag the calendar stores.
/// </summary>
/// <remarks>
/// <para>Bit layout of <see cref="Pack"/>, from the least significant bit:</para>
/// <list type="table">
/// <listheader><term>bits</term><description>field</description></listheader>
/// <item><term>0-7</term><description><see cref="Kind"/>, 0 to <see cref="MaxKind"/> (255)</description></item>
/// <item><term>8-31</term><description><see cref="Index"/>, 0 to <see cref="MaxIndex"/> (16,777,215)</description></item>
/// <item><term>32-63</term><description><see cref="Generation"/>, any <see cref="uint"/></description></item>
/// </list>
/// <para>Every long is a valid packed tag, so <see cref="Unpack"/> never fails and costs a register move: the tag
/// holds the packed long itself and decodes a field when it is read. The constructor throws, in Debug and Release, on a
/// kind or an index out of range, rather than let it spill into a neighbouring field. The generation has all 32 high
/// bits: a handler counts it with unchecked <see cref="uint"/> arithmetic and compares for equality, so its wrap after
/// 2^32 decisions is harmless unless 2^32 decisions are made while one stale entry waits.</para>
/// </remarks>
public readonly record struct EventTag
{
    /// <summary>Bits of <see cref="Kind"/>.</summary>
    public const int KindBits = 8;

    /// <summary>Bits of <see cref="Index"/>.</summary>
    public const int IndexBits = 24;

    /// <summary>Bits of <see cref="Generation"/>.</summary>
    public const int GenerationBits = 32;

    /// <summary>The largest kind.</summary>
    public const int MaxKind = (1 << KindBits) - 1;

    /// <summary>The largest index.</summary>
    public const int MaxIndex = (1 << IndexBits) - 1;

    private const int IndexShift = KindBits;
    private const int GenerationShift = KindBits + IndexBits;

    private readonly long _packed;

    /// <summary>A tag with these fields.</summary>
    /// <param name="kind">Which of the handler's events, 0 to <see cref="MaxKind"/>.</param>
    /// <param name="index">Which of the handler's parts, 0 to <see cref="MaxIndex"/>.</param>
    /// <param name="generation">The handler's decision count when the event was scheduled.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind or the index does not fit its bits.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public EventTag(int kind, int index = 0, uint generation = 0)
    {
        if ((uint)kind > MaxKind)
        {
            ThrowKindOutOfRange(kind);
        }

        if ((uint)index > MaxIndex)
        {
            ThrowIndexOutOfRange(index);
        }

        _packed = ((long)generation << GenerationShift) | ((long)index << IndexShift) | (long)kind;
    }

    private EventTag(long packed)
    {
        _packed = packed;
    }

    /// <summary>Which of the handler's events this is (the handler names it: see <see cref="INamedEventHandler"/>).</summary>
    public int Kind => (int)(_packed & MaxKind);

    /// <summary>Which of the handler's parts the event is about.</summary>
    public int Index => (int)((_packed >> IndexShift) & MaxIndex);

    /// <summary>The handler's decision count when the event was scheduled.</summary>
    public uint Generation => (uint)((ulong)_packed >> GenerationShift);

    /// <summary>The tag as the 64-bit word the calendar stores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Pack() => _packed;

    /// <summary>The tag a handler was given as a long; every long is a valid tag.</summary>
    /// <param name="packed">A value of <see cref="Pack"/>, or any long.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static EventTag Unpack(long packed) => new(packed);

    /// <summary>The fields, e.g. "kind 1 index 3 gen 17", for traces of handlers that do not name their events.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"kind {Kind} index {Index} gen {Generation}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowKindOutOfRange(int kind) =>
        throw new ArgumentOutOfRangeException(
            nameof(kind),
            kind,
            string.Create(CultureInfo.InvariantCulture, $"Event kind {kind} is outside [0, {MaxKind}]: an EventTag keeps {KindBits} bits for the kind."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndexOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(
            nameof(index),
            index,
            string.Create(CultureInfo.InvariantCulture, $"Event index {index} is outside [0, {MaxIndex}]: an EventTag keeps {IndexBits} bits for the index."));
}
