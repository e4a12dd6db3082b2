namespace FleetInfra.Core.Rendering.Emitting;

/// <summary>
/// Compiled getters for the properties of every type a rendered object can hold, generated into
/// <c>ModelGetters.g.cs</c> from <c>infra/FleetInfra.Cli/ModelProperties.xml</c> by <c>ModelGettersTests</c>. The
/// writer reads every property of every object it writes; in the native fleet, where no code can be generated at run
/// time, reading them through reflection was about a third of the writer's time.
/// </summary>
internal static partial class ModelGetters
{
    private static readonly Dictionary<(Type Type, string Property), Func<object, object?>> Getters = Create();

    /// <summary>The getter of the named public property of <paramref name="type"/>; null for a type or property not listed.</summary>
    public static Func<object, object?>? Of(Type type, string property) => Getters.GetValueOrDefault((type, property));

    /// <summary>How many getters there are: one per readable public property of each listed type.</summary>
    internal static int Count => Getters.Count;
}
