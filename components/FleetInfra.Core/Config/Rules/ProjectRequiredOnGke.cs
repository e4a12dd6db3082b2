using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>A GKE cluster names its GCP project.</summary>
internal sealed class ProjectRequiredOnGke : TableRule<ClusterConfig>
{
    public static readonly ProjectRequiredOnGke Instance = new();

    public override bool Check(TableContext context, ref ClusterConfig value)
    {
        if (value.Provider == CloudProvider.Gke && context["project"] is null)
        {
            context.Error(context.Owner, "project", "is missing; set the GCP project id (gke clusters need one)");
        }

        return true;
    }
}
