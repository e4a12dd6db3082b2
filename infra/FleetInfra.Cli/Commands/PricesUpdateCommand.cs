using System.CommandLine;
using System.Text.Json;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Costs.Import;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli.Commands;

/// <summary>
/// <c>fleet prices update</c>: downloads the price list files and imports them like <c>fleet prices import</c>. AWS's
/// bulk offer files need no account (Price List Bulk API: /offers/v1.0/aws/OFFER/current/REGION/index.json); GCP's
/// Cloud Billing Catalog needs an API key, from <c>FLEET_GCP_API_KEY</c>. Everything is downloaded before anything is
/// written: without internet the table is left as it was and the shipped prices stay.
/// </summary>
internal static class PricesUpdateCommand
{
    public const string GcpApiKeyVariable = "FLEET_GCP_API_KEY";

    /// <value>Offer codes of the AWS services the cost model prices (EC2 also holds EBS and NAT gateways).</value>
    private static readonly string[] AwsOffers = ["AmazonEC2", "AWSELB", "AmazonEKS", "awskms"];

    /// <value>Cloud Billing Catalog service ids: Compute Engine (cores, RAM, disks, forwarding rules) and Kubernetes Engine.</value>
    private static readonly string[] GcpServices = ["6F81-5844-456A", "CCD8-9BF1-090E"];

    public static Command Create(CliConsole console)
    {
        var awsRegions = new Option<string[]>("--aws-region") { Description = "AWS regions to download (repeatable; default: every region of the repository's stacks)", AllowMultipleArgumentsPerToken = true };
        var awsEndpoint = new Option<string>("--aws-endpoint") { Description = "Where the AWS Price List Bulk API is served (a mirror)", DefaultValueFactory = _ => "https://pricing.us-east-1.amazonaws.com" };
        var gcpEndpoint = new Option<string>("--gcp-endpoint") { Description = "Where the Cloud Billing Catalog API is served (a mirror)", DefaultValueFactory = _ => "https://cloudbilling.googleapis.com" };
        var output = PricesCommand.OutOption();
        var command = new Command("update", $"Download the AWS Price List offer files and (with {GcpApiKeyVariable}) the GCP Cloud Billing Catalog, and import them") { awsRegions, awsEndpoint, gcpEndpoint, output };
        command.SetAction(async (parseResult, cancellation) =>
        {
            var regions = parseResult.GetValue(awsRegions) is { Length: > 0 } given ? given : StackRegions("aws");
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            var rows = new List<PriceRow>();
            try
            {
                var aws = parseResult.GetValue(awsEndpoint)!.TrimEnd('/');
                foreach (var offer in AwsOffers)
                {
                    foreach (var region in regions)
                    {
                        var url = $"{aws}/offers/v1.0/aws/{offer}/current/{region}/index.json";
                        rows.AddRange(PriceImport.Aws(await http.GetStringAsync(url, cancellation), $"{offer}-{region}.json"));
                    }
                }

                if (Environment.GetEnvironmentVariable(GcpApiKeyVariable) is { Length: > 0 } key)
                {
                    var gcp = parseResult.GetValue(gcpEndpoint)!.TrimEnd('/');
                    foreach (var service in GcpServices)
                    {
                        string? page = null;
                        do
                        {
                            var text = await http.GetStringAsync($"{gcp}/v1/services/{service}/skus?key={Uri.EscapeDataString(key)}&pageSize=5000{(page is null ? string.Empty : $"&pageToken={Uri.EscapeDataString(page)}")}", cancellation);
                            rows.AddRange(PriceImport.Gcp(text, $"{service}-skus.json"));
                            page = NextPage(text);
                        }
                        while (page is not null);
                    }
                }
                else
                {
                    console.Output.WriteLine($"GCP: {GcpApiKeyVariable} is not set, so the Cloud Billing Catalog is not downloaded (it needs an API key); AWS only");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException or InvalidOperationException)
            {
                console.Error.WriteLine($"fleet prices update: cannot download the price lists ({ex.Message}); nothing was changed and the shipped prices stay. Without internet, import downloaded files with 'fleet prices import aws|gcp FILE...'");
                return ExitCodes.BadInput;
            }
            catch (InvalidDataException ex)
            {
                console.Error.WriteLine($"{ex.Message}; nothing was changed");
                return ExitCodes.BadInput;
            }

            return PricesCommand.Write(console, PricesCommand.OutPath(parseResult, output), rows);
        });
        return command;
    }

    /// <summary>The regions of every stack in stacks/ for the provider, sorted.</summary>
    private static string[] StackRegions(string provider)
    {
        var root = Core.Config.ProjectRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var stacks = Path.Combine(root, "stacks");
        if (!Directory.Exists(stacks))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(stacks, "Pulumi.*.yaml")
            .Select(f => FleetLoader.LoadStack(f, Core.Config.StackConfigParser.StackNameOf(f), new Core.Diagnostics.DiagnosticBag()))
            .OfType<Core.Config.StackConfig>()
            .SelectMany(s => s.Clusters)
            .Where(c => (c.Provider == Core.Config.CloudProvider.Eks ? "aws" : "gcp") == provider)
            .Select(c => c.Region)
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    private static string? NextPage(string text)
    {
        using var json = JsonDocument.Parse(text);
        return json.RootElement.TryGetProperty("nextPageToken", out var token) && token.GetString() is { Length: > 0 } next ? next : null;
    }
}
