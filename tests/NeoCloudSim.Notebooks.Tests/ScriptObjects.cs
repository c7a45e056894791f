using System.Collections;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>Reads objects of types a notebook declared (records, classes), which the test only knows by name.</summary>
internal static class ScriptObjects
{
    /// <summary>A property of a script object.</summary>
    public static T Property<T>(object item, string name)
    {
        var property = item.GetType().GetProperty(name) ?? throw new MissingMemberException(item.GetType().Name, name);
        return (T)property.GetValue(item)!;
    }

    /// <summary>The items of a script list.</summary>
    public static IReadOnlyList<object> Items(object list) => [.. ((IEnumerable)list).Cast<object>()];
}
