using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Intents;

/// <summary>Every intent validation error, with its whole message: file, line, column, field path and the fix.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class IntentValidationTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithStack(TempFleet.Stack());

    public void Dispose() => _fleet.Dispose();

    public static TheoryData<string, string> Cases => new()
    {
        {
            "application:\n  Enterprise_API:\n    image: r.example.com/a:1\n",
            "apps/a.yaml:2:3: application.Enterprise_API: 'Enterprise_API' is not a valid app name (lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit); rename it to 'enterprise-api'"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    cpus: 500m\n",
            "apps/a.yaml:4:5: application.api.cpus: unknown key 'cpus' (did you mean 'cpu'?); allowed keys: allow_from, autoscaling, build_mode, cpu, custom_domains, environment_variables, healthchecks, image, max_running_instances, memory, min_running_instances, placement, ports, schedule, secrets, vertical_scaling"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    cpu: 2 cores\n",
            "apps/a.yaml:4:10: application.api.cpu: '2 cores' is not a CPU quantity; use millicores like 500m, cores like \"0.5\" or \"2\", or an integer of millicores like 500"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    cpu: 2\n",
            "apps/a.yaml:4:10: application.api.cpu: 2 means 2 millicores; write 2000m for 2 cores, or at least 10"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    memory: 4 gigs\n",
            "apps/a.yaml:4:13: application.api.memory: '4 gigs' is not a memory quantity; use 512MB, 512Mi, 4Gi, 1G or an integer of MB like 512"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    memory: 1Ti\n",
            "apps/a.yaml:4:13: application.api.memory: '1Ti' is out of range; memory must be between 16Mi and 512Gi"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:latest\n",
            "apps/a.yaml:3:12: application.api.image: 'r.example.com/a:latest' uses the mutable tag 'latest'; pin a version like r.example.com/a:1.2.3 (or a digest)"
        },
        {
            "application:\n  api:\n    image: r.example.com/a\n",
            "apps/a.yaml:3:12: application.api.image: 'r.example.com/a' has no tag; pin a version like r.example.com/a:1.2.3 (or a digest)"
        },
        {
            "application:\n  api:\n    image: r.example.com/:1.2.3\n",
            "apps/a.yaml:3:12: application.api.image: 'r.example.com/:1.2.3' is not an image reference; use lower-case repository names like registry.example.com/team/app:1.2.3"
        },
        {
            "application:\n  api:\n    cpu: 500m\n",
            "apps/a.yaml:2:3: application.api.image: is required unless build_mode is DOCKER; set image to a pinned reference like registry.example.com/team/app:1.2.3"
        },
        {
            "application:\n  api:\n    build_mode: BUILDPACKS\n",
            "apps/a.yaml:3:17: application.api.build_mode: 'BUILDPACKS' is not supported; use DOCKER (image built by CI and pushed to fleet:imageRegistry) or IMAGE (set image)"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports:\n      - 70000: true\n",
            "apps/a.yaml:5:9: application.api.ports[0]: 70000 is out of range; a port number must be between 1 and 65535"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports:\n      - 8080: true\n      - 8080: false\n",
            "apps/a.yaml:6:9: application.api.ports[1]: port 8080 is declared twice (first at line 5); remove one"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports:\n      - 8080: yes\n",
            "apps/a.yaml:5:15: application.api.ports[0].8080: expected true or false, got the text 'yes'"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports:\n      - { internal_port: 5432, publicly_accessible: true, protocol: TCP }\n",
            "apps/a.yaml:5:69: application.api.ports[0].protocol: a public port must be HTTP because it is exposed through the Ingress (an HTTP load balancer); set protocol: HTTP or publicly_accessible: false"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports: 8080\n",
            "apps/a.yaml:4:12: application.api.ports: expected a list, got the number 8080; write it as [ {8080: true}, {internal_port: 9090, publicly_accessible: false} ]"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    min_running_instances: 5\n    max_running_instances: 2\n",
            "apps/a.yaml:5:28: application.api.max_running_instances: max_running_instances (2) is below min_running_instances (5); raise max_running_instances or lower min_running_instances"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    min_running_instances: \"3\"\n",
            "apps/a.yaml:4:28: application.api.min_running_instances: expected the minimum number of running instances (a whole number from 1 to 1000), got the text '3'; remove the quotes"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: true} ]\n    healthchecks:\n      readiness_probe:\n        type: { http: { port: 9090, path: /ready } }\n",
            "apps/a.yaml:7:31: application.api.healthchecks.readiness_probe: checks port 9090, which the app does not declare; use one of 8080 or add 9090 to ports"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: true} ]\n    healthchecks:\n      liveness_probe:\n        type: { tcp: { port: 8080 } }\n        success_threshold: 2\n",
            "apps/a.yaml:8:28: application.api.healthchecks.liveness_probe.success_threshold: must be 1 for a liveness probe (a Kubernetes rule); remove it or set 1"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: true} ]\n    healthchecks:\n      readiness_probe:\n        type: { http: { port: 8080 }, tcp: { port: 8080 } }\n",
            "apps/a.yaml:7:15: application.api.healthchecks.readiness_probe.type: set exactly one of http or tcp"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {internal_port: 53, protocol: UDP}, {8080: false} ]\n    healthchecks:\n      readiness_probe:\n        type: { tcp: { port: 53 } }\n",
            "apps/a.yaml:7:30: application.api.healthchecks.readiness_probe: checks UDP port 53, but probes speak TCP or HTTP; check a TCP or HTTP port instead"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    environment_variables:\n      1BAD: x\n",
            "apps/a.yaml:5:7: application.api.environment_variables.1BAD: '1BAD' is not a valid environment variable name; use letters, digits and '_', not starting with a digit"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    secrets:\n      DB_PASSWORD: hunter2\n",
            "apps/a.yaml:5:20: application.api.secrets.DB_PASSWORD: secrets hold references to existing Kubernetes Secrets, never values; write DB_PASSWORD: { secret: SECRET_NAME, key: KEY } and store the value in the Secret"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: false} ]\n    custom_domains:\n      - domain: api.example.com\n",
            "apps/a.yaml:6:7: application.api.custom_domains: need a public port to route to; mark a port publicly accessible (ports: [ {8080: true} ]) or remove custom_domains"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: true} ]\n    custom_domains:\n      - domain: '*.example.com'\n",
            "apps/a.yaml:6:17: application.api.custom_domains[0].domain: '*.example.com' is not a valid host name; wildcards are not supported; list each host"
        },
        {
            "application:\n  api:\n    image: r.example.com/a:1\n  api:\n    image: r.example.com/b:1\n",
            "apps/a.yaml:4:3: 'api' is defined twice in the same mapping; keep one definition"
        },
        {
            "application:\n  api:\n    image: [unclosed\n",
            "apps/a.yaml:4:1: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'; fix the syntax at this position"
        },
        {
            "applications:\n  api:\n    image: r.example.com/a:1\n",
            "apps/a.yaml:1:1: applications: unknown key 'applications' (did you mean 'application'?); allowed keys: application"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_Intent_IsReportedWithFileLineFieldAndFix(string yaml, string expected)
    {
        _fleet.WithApps("a.yaml", yaml);
        Assert.Contains(expected, _fleet.Errors());
    }

    [Fact]
    public void SameApp_InTwoFiles_IsReportedAtTheSecondNamingTheFirst()
    {
        _fleet.WithApps("a.yaml", "application:\n  api:\n    image: r.example.com/a:1\n")
              .WithApps("b.yaml", "application:\n  web:\n    image: r.example.com/w:1\n  api:\n    image: r.example.com/a:2\n");

        Assert.Equal(
            ["apps/b.yaml:4:3: application.api: app 'api' is defined twice: here and at apps/a.yaml:2:3; keep one definition"],
            _fleet.Errors());
    }

    [Fact]
    public void MoreThanAManagedCertificateHolds_IsAnError()
    {
        var domains = string.Concat(Enumerable.Range(0, 101).Select(i => $"      - domain: d{i}.example.com\n"));
        _fleet.WithApps("a.yaml", "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: true} ]\n    custom_domains:\n" + domains);
        Assert.Equal(
            ["apps/a.yaml:6:7: application.api.custom_domains: lists more than 100 domains with generated certificates, the most one managed certificate holds; split the app or bring your own certificate"],
            _fleet.Errors());
    }

    [Fact]
    public void AllProblems_AreReportedInOneRun()
    {
        _fleet.WithApps("a.yaml", "application:\n  api:\n    cpu: lots\n    memory: lots\n  Bad_Name: {}\n");
        Assert.Equal(4, _fleet.Errors().Count);
    }
}
