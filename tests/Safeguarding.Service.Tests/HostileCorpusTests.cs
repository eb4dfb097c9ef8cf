using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Safeguarding.Cli;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Service.Tests;

/// <summary>
/// Every document of the hostile-input corpus through both doors: the service answers 400 exactly when the command
/// line exits 1, 200 when it exits 0, and the body is what the command line prints with --format json.
/// </summary>
public sealed class HostileCorpusTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task EveryCorpusDocument_GetsTheCommandLinesAnswer()
    {
        int checkedFiles = 0;
        foreach (var (file, command, _, _, _) in HostileCorpus.Manifest())
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(HostileCorpus.Root, file));
            var (path, args) = command switch
            {
                "evaluate" => ("/v1/evaluate", new[] { "evaluate", "-", "--format", "json" }),
                "review" => ("/v1/review?asOf=2020-01-01", new[] { "review", "-", "--as-of", "2020-01-01", "--format", "json" }),
                _ => ("/v1/plan?asOf=2020-11-01", new[] { "plan", "-", "--as-of", "2020-11-01", "--format", "json" }),
            };
            var stdout = new StringWriter();
            int exit = CliApp.Run(args, stdout, new StringWriter(), () => new MemoryStream(bytes));
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

            var response = await service.Client.PostAsync(path, content);

            Assert.True(exit is 0 or 1, file);
            Assert.Equal((file, exit == 0 ? HttpStatusCode.OK : HttpStatusCode.BadRequest), (file, response.StatusCode));
            Assert.Equal((file, stdout.ToString()), (file, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync())));
            checkedFiles++;
        }

        Assert.True(checkedFiles > 50, "the corpus manifest was not read");
    }
}
