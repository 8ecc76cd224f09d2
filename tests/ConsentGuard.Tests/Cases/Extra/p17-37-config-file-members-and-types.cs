using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

namespace Crm
{
    public class Api
    {
        public string GetPhone(int customer) => "+1 555 0100";
        public string GetSegment(int customer) => "retail";
    }
}

namespace Clinic
{
    public sealed class Diagnosis
    {
        public string Code { get; set; } = "";
        public override string ToString() => Code;
    }

    public static class Gate
    {
        public static void Require(int patient) { if (patient <= 0) throw new UnauthorizedAccessException(); }
        public static Task<bool> AllowsAsync(int patient) => Task.FromResult(patient > 0);
    }
}

namespace Telemetry
{
    public sealed class Event
    {
        public string Name { get; set; } = "";
        public string Payload { get; set; } = "";
    }

    public sealed class Client
    {
        public void Track(string name, string payload) { }
    }
}

public class Job(Crm.Api api, Telemetry.Client telemetry)
{
    public void MethodSourceUnchecked(int customer) => telemetry.Track("phone", {|CG0002:api.GetPhone(customer)|});

    public void MethodSourcePublic(int customer) => telemetry.Track("segment", api.GetSegment(customer));

    public void TypeSourceUnchecked(Clinic.Diagnosis d) => telemetry.Track("dx", {|CG0001:d.ToString()|});

    public void VoidCheck(Clinic.Diagnosis d, int patient)
    {
        Clinic.Gate.Require(patient);
        telemetry.Track("dx", d.Code);
    }

    public async Task AsyncCheck(Clinic.Diagnosis d, int patient)
    {
        if (await Clinic.Gate.AllowsAsync(patient))
            telemetry.Track("dx", d.Code);
    }

    public Telemetry.Event PropertySink(Clinic.Diagnosis d) => new Telemetry.Event { Name = "dx", Payload = {|CG0001:d.Code|} };

    public Telemetry.Event PropertySinkPublic() => new Telemetry.Event { Name = "dx", Payload = "none" };
}
