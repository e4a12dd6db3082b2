using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>An app runs a pinned <c>image</c> unless CI builds it (<c>build_mode: DOCKER</c>).</summary>
internal sealed class ImageRequiredUnlessDocker : TableRule<ApplicationIntent>
{
    public static readonly ImageRequiredUnlessDocker Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        if (value.BuildMode == BuildMode.Image && value.Image is null && context[IntentKeys.Image] is null)
        {
            context.Error(context.Owner, IntentKeys.Image,
                "is required unless build_mode is DOCKER; set image to a pinned reference like registry.example.com/team/app:1.2.3");
        }

        return true;
    }
}
