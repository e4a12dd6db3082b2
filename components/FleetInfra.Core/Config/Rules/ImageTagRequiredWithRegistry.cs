using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>Images built into <c>fleet:imageRegistry</c> are pinned by <c>fleet:imageTag</c>.</summary>
internal sealed class ImageTagRequiredWithRegistry : TableRule<StackConfig>
{
    public static readonly ImageTagRequiredWithRegistry Instance = new();

    public override bool Check(TableContext context, ref StackConfig value)
    {
        if (value.ImageRegistry is not null && value.ImageTag is null && context["imageTag"] is null)
        {
            context.Error(context["imageRegistry"]!, "imageTag", "is required with fleet:imageRegistry (built images are pinned); set it to the CI build's tag");
        }

        return true;
    }
}
