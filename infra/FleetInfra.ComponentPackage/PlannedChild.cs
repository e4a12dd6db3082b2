using FleetInfra.Core.Config;
using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>How each component of the package builds its C# counterpart: once its inputs are known, from their plan.</summary>
internal static class PlannedChild
{
    /// <summary>
    /// Resolves <paramref name="args"/> (less the inputs named in <paramref name="except"/>), plans them as
    /// <see cref="PackagePlan.Create"/> does, logs the plan's warnings on <paramref name="owner"/>, and builds the child
    /// with <paramref name="create"/> from the plan and the resolved inputs. Invalid inputs fail with every problem.
    /// </summary>
    public static Output<T> Create<T>(
        ComponentResource owner,
        string component,
        string name,
        ResourceArgs args,
        CloudProvider? cloud,
        Func<PackagePlan, IReadOnlyDictionary<string, object>, T> create,
        params string[] except)
    {
        var stackName = Deployment.Instance.StackName;
        return InputValues.Resolve(args, except).Apply(inputs =>
        {
            var plan = PackagePlan.Create(component, name, stackName, inputs, cloud);
            foreach (var warning in plan.Warnings)
            {
                Log.Warn(warning, owner);
            }

            return create(plan, inputs);
        });
    }
}
